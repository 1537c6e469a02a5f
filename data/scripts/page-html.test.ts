import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {escapeHtml, noscriptStory, pageText, pageWithData, socialMeta} from './page-html.ts';
import {testStory} from '../../src/state/test-story.ts';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the build’s additions to index.html', () => {
  it('writes text from the data as text', () => {
    const story = testStory();
    story.events[0]!.title = '<img src=x onerror=alert(1)>';
    const html = noscriptStory(story);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });

  it('lists every event with its date and sources', () => {
    const html = noscriptStory(testStory());
    expect(html.match(/<li>/g)).toHaveLength(4);
    expect(html).toContain('13 January 2022: osce.');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">P</a>');
  });

  it('reads the page text and writes Open Graph and Twitter metadata from it', () => {
    const text = pageText('<title>T &amp; more</title><meta name="description" content="D" /><h1 id="x">H</h1>');
    expect(text).toEqual({title: 'T &amp; more', description: 'D', headline: 'H'});
    const meta = socialMeta({
      title: 'T',
      description: 'D "quoted"',
      image: 'https://example.org/p.png',
      imageAlt: 'A',
      width: 1200,
      height: 630,
    });
    expect(meta).toContain('<meta property="og:image" content="https://example.org/p.png" />');
    expect(meta).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(meta).toContain('content="D &quot;quoted&quot;"');
    expect(() => pageText('<title>T</title>')).toThrow('index.html needs');
  });

  it("inserts text holding $&, $`, $' and $$ literally, in every field that goes into the page", () => {
    // `String.replace` with a string reads these as patterns: `$'` re-inserted the rest of the page
    // and closed the <noscript> early, `` $` `` copied the head and the start of the body again.
    const patterns = "US$'s $& $` $' $$ $1";
    const story = testStory();
    story.sources.s = {...story.sources.s!, publisher: `P ${patterns}`, url: `https://example.org/?a=$&b=$'`};
    for (const event of story.events) {
      event.title = `T ${patterns}`;
      event.summary = `S ${patterns}`;
      event.dateText = `D ${patterns}`;
    }
    const meta = socialMeta({title: `M ${patterns}`, description: 'D', image: './p.png', imageAlt: 'A', width: 1, height: 1});
    const html = pageWithData(indexHtml, story, meta);

    expect(count(html, '<h1')).toBe(1);
    expect(count(html, 'id="map"')).toBe(1);
    expect(count(html, '<head>')).toBe(1);
    expect(count(html, '<noscript>')).toBe(1);
    expect(count(html, '</noscript>')).toBe(1);
    expect(count(html, '<meta property="og:title"')).toBe(1);
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toBe(noscriptStory(story).slice('<noscript>'.length, -'</noscript>'.length));
    const escaped = escapeHtml(patterns);
    expect(count(noscript, `<strong>D ${escaped}: T ${escaped}.</strong> S ${escaped} `)).toBe(story.events.length);
    expect(noscript).toContain(`<a href="https://example.org/?a=$&amp;b=$&#39;" rel="noopener noreferrer">P ${escaped}</a>`);
    expect(html).toContain(`<meta property="og:title" content="M ${escaped}" />`);
    // Nothing of the page after the placeholder moved: the script tag follows the story once.
    expect(html.slice(html.indexOf('</noscript>'))).toMatch(
      /^<\/noscript>\s*<script type="module" src="\/src\/main\.ts"><\/script>\s*<\/body>/,
    );
  });

  it('gives the map’s key what it needs from the data, as text, so that it is whole at first paint', () => {
    const story = testStory();
    story.heldSince2014 = {name: 'Held "since" <2014>', note: '', precisionKm: 15, settlements: [], vertices: []};
    story.sites[0]!.departed = '2022-01-20';
    const slot = /<div id="legend-slot"[^>]*>/.exec(pageWithData(indexHtml, story, ''))?.[0];
    expect(slot).toBe(
      '<div id="legend-slot" data-held-area="Held &quot;since&quot; &lt;2014&gt; (edge within about 15 km)" data-entries="departed unverified">',
    );
    delete story.heldSince2014;
    story.sites[0]!.departed = undefined;
    expect(/<div id="legend-slot"[^>]*>/.exec(pageWithData(indexHtml, story, ''))?.[0]).toBe(
      '<div id="legend-slot" data-entries="unverified">',
    );
  });

  it('refuses a page without exactly one placeholder', () => {
    expect(() => pageWithData(indexHtml.replace(/<noscript>[\s\S]*?<\/noscript>/, ''), testStory(), '')).toThrow(
      'index.html needs exactly one <noscript> placeholder, has 0',
    );
    expect(() => pageWithData(indexHtml.replace('<!-- social-meta -->', ''), testStory(), '')).toThrow(
      'index.html needs exactly one <!-- social-meta --> marker, has 0',
    );
  });
});
