import {describe, expect, it} from 'vitest';
import {escapeHtml, noscriptStory, pageText, socialMeta} from './page-html.ts';
import {testStory} from '../../src/state/test-story.ts';

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
});
