import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {escapeHtml, pageText, pageWithData, socialMeta, storyItems, textPage} from './page-html.ts';
import {testStory} from '../../src/state/test-story.ts';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the build’s additions to index.html, and the story in text', () => {
  it('writes text from the data as text', () => {
    const story = testStory();
    story.events[0]!.title = '<img src=x onerror=alert(1)>';
    const html = textPage(story, {title: 'T', headline: 'H'});
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });

  it('lists every event with its date and sources', () => {
    const html = storyItems(testStory());
    expect(html.match(/<li>/g)).toHaveLength(4);
    expect(html).toContain('13 January 2022: osce.');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">P</a>');
  });

  it('lists each source of an event once, and tells two pages of one publisher apart by their titles', () => {
    const story = testStory();
    story.sources.t = {id: 't', publisher: 'P', title: 'Another page', url: 'https://example.org/2'};
    story.sources.u = {id: 'u', publisher: 'Q', title: 'U', url: 'https://example.org/3'};
    const event = story.events[0]!;
    event.sources = [{source: 's'}, {source: 's'}, {source: 'u'}, {source: 'u'}];
    const once = storyItems(story).split('\n')[0]!;
    expect(count(once, '<a ')).toBe(2);
    expect(once).toContain('>P</a>, <a href="https://example.org/3" rel="noopener noreferrer">Q</a>.');
    event.sources = [{source: 's'}, {source: 't'}, {source: 'u'}];
    const apart = storyItems(story).split('\n')[0]!;
    expect(apart).toContain('>P: “T”</a>, <a href="https://example.org/2" rel="noopener noreferrer">P: “Another page”</a>, <a');
    expect(apart).toContain('>Q</a>.');
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

  it("inserts text holding $&, $`, $' and $$ literally, in every field that goes into the pages", () => {
    // `String.replace` with a string reads these as patterns: `$'` re-inserted the rest of the page
    // and closed an element early, `` $` `` copied the head and the start of the body again.
    const patterns = "US$'s $& $` $' $$ $1";
    const story = testStory();
    story.sources.s = {...story.sources.s!, publisher: `P ${patterns}`, url: `https://example.org/?a=$&b=$'`};
    for (const event of story.events) {
      event.title = `T ${patterns}`;
      event.summary = `S ${patterns}`;
      event.dateText = `D ${patterns}`;
    }
    story.heldSince2014 = {name: `Held ${patterns}`, note: '', precisionKm: 15, settlements: [], vertices: []};
    const meta = socialMeta({title: `M ${patterns}`, description: 'D', image: './p.png', imageAlt: 'A', width: 1, height: 1});
    const html = pageWithData(indexHtml, story, meta);
    const escaped = escapeHtml(patterns);

    expect(count(html, '<h1')).toBe(1);
    expect(count(html, 'id="map"')).toBe(1);
    expect(count(html, '<head>')).toBe(1);
    expect(count(html, '<noscript>')).toBe(1);
    expect(count(html, 'id="legend"')).toBe(1);
    expect(count(html, '<meta property="og:title"')).toBe(1);
    expect(html).toContain(`<meta property="og:title" content="M ${escaped}" />`);
    expect(html).toContain(`<span class="legend__text">Held ${escaped} (edge within about 15 km)</span>`);
    // Nothing of the page after the key moved: the script tag follows the <noscript> note once.
    expect(html.slice(html.indexOf('</noscript>'))).toMatch(
      /^<\/noscript>\s*<script type="module" src="\/src\/main\.ts"><\/script>\s*<\/body>/,
    );

    const text = textPage(story, {title: `T ${escaped}`, headline: 'H'});
    expect(count(text, `<strong>D ${escaped}: T ${escaped}.</strong> S ${escaped} `)).toBe(story.events.length);
    expect(text).toContain(`<a href="https://example.org/?a=$&amp;b=$&#39;" rel="noopener noreferrer">P ${escaped}</a>`);
  });

  it('writes the map’s key into the page, with what it needs from the data, as text', () => {
    const story = testStory();
    story.heldSince2014 = {name: 'Held "since" <2014>', note: '', precisionKm: 15, settlements: [], vertices: []};
    story.sites[0]!.departed = '2022-01-20';
    const key = (html: string) => /<section id="legend"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const withAll = key(pageWithData(indexHtml, story, ''));
    expect(withAll).toContain('<span class="legend__text">Held &quot;since&quot; &lt;2014&gt; (edge within about 15 km)</span>');
    expect(withAll).toContain('<li class="legend__item" data-optional="departed">');
    expect(withAll).toContain('<li class="legend__item" data-optional="unverified">');
    expect(withAll).not.toContain('<2014>');
    expect(withAll.match(/<li /g)).toHaveLength(9);

    delete story.heldSince2014;
    story.sites[0]!.departed = undefined;
    const plain = key(pageWithData(indexHtml, story, ''));
    expect(plain).toContain('<span class="legend__text">Held by Russia-backed forces since 2014</span>');
    expect(plain).toContain('<li class="legend__item" data-optional="departed" hidden>');
    expect(plain).toContain('<li class="legend__item" data-optional="unverified">');
  });

  it('refuses a page without exactly one placeholder', () => {
    expect(() => pageWithData(indexHtml.replace('<div id="legend-slot"></div>', ''), testStory(), '')).toThrow(
      'index.html needs exactly one legend slot, has 0',
    );
    expect(() => pageWithData(indexHtml.replace('<!-- social-meta -->', ''), testStory(), '')).toThrow(
      'index.html needs exactly one <!-- social-meta --> marker, has 0',
    );
  });
});
