/**
 * What the build adds to the site from the data: in `index.html`, the map's key complete with what
 * it needs from the data, and the social-preview metadata; and `text.html`, the story in text (every
 * event with its date, summary and sources), for readers without JavaScript, for search engines and
 * for anyone who wants to read or print it. Everything from the data is escaped: it goes into the
 * page as text, never as markup.
 */
import type {Story} from '../../src/story/types.ts';
import {heldAreaKeyLine, sourceTitle} from '../../src/lib/format.ts';
import {escapeHtml} from '../../src/lib/markup.ts';
import {pagePolicy} from '../../src/security-policy.ts';
import {legendEntriesFor} from '../../src/ui/legend.ts';
import {legendHtml} from '../../src/ui/legend-markup.ts';

export {escapeHtml};

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

/** The story in text: every event with its date, summary and sources, as list items. */
export function storyItems(story: Story): string {
  return story.events
    .map((event) => {
      const date = event.dateText ?? dateFormat.format(new Date(`${event.date}T00:00:00Z`));
      // Each source once (an event may quote one page several times), named by its publisher; by
      // its title too where the event cites two pages of one publisher, so no two links read alike.
      const cited = [...new Set(event.sources.map((c) => c.source))].map((id) => story.sources[id]).filter((s) => s !== undefined);
      const repeated = (publisher: string) => cited.filter((s) => s.publisher === publisher).length > 1;
      const sources = cited
        .map(
          (s) =>
            `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(repeated(s.publisher) ? sourceTitle(s) : s.publisher)}</a>`,
        )
        .join(', ');
      return `<li><strong>${escapeHtml(date)}: ${escapeHtml(event.title)}.</strong> ${escapeHtml(event.summary)} <small>Sources: ${sources}.</small></li>`;
    })
    .join('\n');
}

export interface TextPageOptions {
  /** The map page's title and headline (`pageText`). */
  title: string;
  headline: string;
  /** The site's stylesheet, relative to the page; none on the development server. */
  stylesheet?: string;
}

/** `text.html`: the story in text, a page of its own, linked from the map page, with no inline code. */
export function textPage(story: Story, {title, headline, stylesheet}: TextPageOptions): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${pagePolicy({scripts: [], styles: []})}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The story in text — ${title}</title>
    <link rel="icon" href="data:," />${stylesheet ? `\n    <link rel="stylesheet" href="${escapeHtml(stylesheet)}" />` : ''}
  </head>
  <body>
    <header class="site-header">
      <p class="site-header__kicker">November 2021 – February 2022</p>
      <h1>${headline}</h1>
      <p><a href="./">Back to the interactive map</a></p>
    </header>
    <main class="text-story">
      <section class="noscript" aria-labelledby="story-title">
        <h2 id="story-title">The story in text</h2>
        <p>Every event of the map, with its date and the pages it comes from.</p>
        <ol>
${storyItems(story)}
        </ol>
      </section>
    </main>
  </body>
</html>
`;
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
 * index.html as the build ships it: the social metadata at `<!-- social-meta -->`, and the map's key,
 * with what it needs from the data, in place of `<div id="legend-slot"></div>` (legend.ts).
 */
export function pageWithData(html: string, story: Story, meta: string): string {
  const withMeta = replaceOnce(html, '<!-- social-meta -->', meta, '<!-- social-meta --> marker');
  const key = legendHtml({
    heldAreaLine: story.heldSince2014 ? heldAreaKeyLine(story.heldSince2014) : undefined,
    entries: legendEntriesFor(story),
  });
  return replaceOnce(withMeta, '<div id="legend-slot"></div>', key, 'legend slot');
}

export const PREVIEW_ALT =
  'Map of Ukraine and its neighbours on 13 January 2022: troop concentrations reported in Russia, Belarus and occupied Crimea, and the meeting places in Geneva, Brussels and Vienna.';
