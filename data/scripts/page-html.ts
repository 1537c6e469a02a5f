/**
 * What the build adds to `index.html`: the story as plain text inside `<noscript>` (for readers
 * without JavaScript, and for search engines), and the social-preview metadata. Everything from the
 * data is escaped: it goes into the page as text, never as markup.
 */
import type {Story} from '../../src/story/types.ts';
import {heldAreaKeyLine} from '../../src/lib/format.ts';
import {legendEntriesFor} from '../../src/ui/legend.ts';

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Reads the page's own title, description and headline, so they are written in one place. */
export function pageText(html: string): {title: string; description: string; headline: string} {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1];
  const headline = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  if (!title || !description || !headline) throw new Error('index.html needs a <title>, a meta description and an <h1>');
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {title: clean(title), description: clean(description), headline: clean(headline)};
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** The story in text: every event with its date, summary and sources. */
export function noscriptStory(story: Story): string {
  const items = story.events
    .map((event) => {
      const date = event.dateText ?? dateFormat.format(new Date(`${event.date}T00:00:00Z`));
      const sources = event.sources
        .map((c) => story.sources[c.source])
        .filter((s) => s !== undefined)
        .map((s) => `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.publisher)}</a>`)
        .join(', ');
      return `<li><strong>${escapeHtml(date)}: ${escapeHtml(event.title)}.</strong> ${escapeHtml(event.summary)} <small>Sources: ${sources}.</small></li>`;
    })
    .join('\n');
  return `<noscript>
      <section class="noscript" aria-labelledby="noscript-title">
        <h2 id="noscript-title">The story in text</h2>
        <p>The interactive map needs JavaScript. Here are its events, with their sources.</p>
        <ol>
${items}
        </ol>
      </section>
    </noscript>`;
}

export interface SocialMetaOptions {
  title: string;
  description: string;
  /** Address of the preview image: absolute where the site's address is known. */
  image: string;
  imageAlt: string;
  width: number;
  height: number;
  /** The page's canonical address, when known. */
  url?: string;
}

export function socialMeta(options: SocialMetaOptions): string {
  const {title, description, image, imageAlt, width, height, url} = options;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(width)],
    ['property', 'og:image:height', String(height)],
    ['property', 'og:image:alt', imageAlt],
    ...(url ? ([['property', 'og:url', url]] as [string, string, string][]) : []),
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', imageAlt],
  ];
  return tags.map(([attribute, name, content]) => `<meta ${attribute}="${name}" content="${escapeHtml(content)}" />`).join('\n    ');
}

/**
 * Replaces the one match of `pattern` in `html` with `text`, taken literally. `String.replace` with a
 * string would read `$&`, `` $` ``, `$'` and `$$` in the text as replacement patterns (a `US$'s` in
 * a summary re-inserted the rest of the page); a function's result is never interpreted.
 */
function replaceOnce(html: string, pattern: RegExp | string, text: string, what: string): string {
  const found = typeof pattern === 'string' ? html.split(pattern).length - 1 : (html.match(new RegExp(pattern, 'g')) ?? []).length;
  if (found !== 1) throw new Error(`index.html needs exactly one ${what}, has ${found}`);
  return html.replace(pattern, () => text);
}

/**
 * index.html as the build ships it: the story as text in place of its `<noscript>` placeholder,
 * the social metadata at `<!-- social-meta -->`, and what the map's key needs from the data (legend.ts).
 */
export function pageWithData(html: string, story: Story, meta: string): string {
  const withMeta = replaceOnce(html, '<!-- social-meta -->', meta, '<!-- social-meta --> marker');
  // The key's line from the data, for the key to be whole when the page is first painted (legend.ts).
  const held = story.heldSince2014 ? ` data-held-area="${escapeHtml(heldAreaKeyLine(story.heldSince2014))}"` : '';
  const entries = ` data-entries="${legendEntriesFor(story).join(' ')}"`;
  const withKey = replaceOnce(withMeta, '<div id="legend-slot"></div>', `<div id="legend-slot"${held}${entries}></div>`, 'legend slot');
  return replaceOnce(withKey, /<noscript>[\s\S]*?<\/noscript>/, noscriptStory(story), '<noscript> placeholder');
}

export const PREVIEW_ALT =
  'Map of Ukraine and its neighbours on 13 January 2022: troop concentrations reported in Russia, Belarus and occupied Crimea, and the meeting places in Geneva, Brussels and Vienna.';
