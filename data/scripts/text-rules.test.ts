import {describe, expect, it} from 'vitest';
import {validateRawData} from './build-data.ts';
import {first, problemsReported, validFiles, type Rec} from './test-fixtures.ts';

/** The problems the build reports for `files`, formatted as the build prints them. */
const problemsOf = (files: ReturnType<typeof validFiles>) => problemsReported(() => validateRawData(files));
const event = (files: ReturnType<typeof validFiles>) => first(files.events);
const quote = (files: ReturnType<typeof validFiles>) => (event(files).quotes as Rec[])[0]!;
const EVENT = 'data/events.json: record "osce-permanent-council"';
const SOURCE = 'data/sources.json: record "example-source"';

describe('lengths', () => {
  it.each([
    ['a summary', (f: ReturnType<typeof validFiles>) => (event(f).summary = 'a'.repeat(1001)), 'summary', 1000],
    ['a note', (f: ReturnType<typeof validFiles>) => (event(f).doubt = 'a'.repeat(501)), 'doubt', 500],
    ['a quote', (f: ReturnType<typeof validFiles>) => (quote(f).text = 'a'.repeat(601)), 'quotes[0].text', 600],
    ['a name', (f: ReturnType<typeof validFiles>) => (quote(f).speaker = 'a'.repeat(121)), 'quotes[0].speaker', 120],
    [
      'a citation quote',
      (f: ReturnType<typeof validFiles>) => (event(f).sources = [{source: 'example-source', quote: 'a'.repeat(601)}]),
      'sources[0].quote',
      600,
    ],
  ])('rejects %s over its maximum length', (_, breakIt, field, limit) => {
    const files = validFiles();
    breakIt(files);
    expect(problemsOf(files)).toEqual([`${EVENT}, field "${field}": must NOT have more than ${limit} characters`]);
  });

  it('rejects a one-megabyte summary, as the schema says', () => {
    const files = validFiles();
    event(files).summary = 'x'.repeat(1_000_000);
    expect(problemsOf(files)).toEqual([`${EVENT}, field "summary": must NOT have more than 1000 characters`]);
  });

  it('rejects an overlong source title and address', () => {
    const files = validFiles();
    first(files.sources).title = 't'.repeat(301);
    first(files.sources).url = `https://example.org/${'a'.repeat(1000)}`;
    expect(problemsOf(files)).toEqual([
      `${SOURCE}, field "title": must NOT have more than 300 characters`,
      `${SOURCE}, field "url": must NOT have more than 1000 characters`,
    ]);
  });

  it('accepts the longest values of today’s data with room to spare', () => {
    const files = validFiles();
    event(files).summary = 'a'.repeat(1000);
    quote(files).text = 'a'.repeat(600);
    first(files.sources).title = 't'.repeat(300);
    expect(problemsOf(files)).toEqual([]);
  });
});

describe('invisible and control characters', () => {
  it('counts a title of zero-width spaces as empty', () => {
    const files = validFiles();
    event(files).title = '\u200b\u200b\u200b';
    first(files.sources).title = '\ufeff\u2060\u200c\u200d';
    expect(problemsOf(files)).toEqual([
      `${SOURCE}, field "title": must not be empty (it has only spaces or invisible characters, such as zero-width spaces)`,
      `${EVENT}, field "title": must not be empty (it has only spaces or invisible characters, such as zero-width spaces)`,
    ]);
  });

  it('says a title of plain spaces is empty once', () => {
    const files = validFiles();
    event(files).title = '   ';
    expect(problemsOf(files)).toEqual([`${EVENT}, field "title": must not be empty`]);
  });

  it('rejects NUL and other control characters, and says where', () => {
    const files = validFiles();
    event(files).summary = 'A\u0000B';
    quote(files).role = '\tAmbassador';
    first(files.estimates).who = 'US\u001b[31m';
    expect(problemsOf(files)).toEqual([
      `${EVENT}, field "summary": contains the control character U+0000 (NUL) at character 2; remove it`,
      `${EVENT}, field "quotes[0].role": contains the control character U+0009 (tab) at character 1; remove it`,
      'data/estimates.json: record "estimate", field "who": contains the control character U+001B (escape) at character 3; remove it',
    ]);
  });

  it('allows a line break in prose only', () => {
    const files = validFiles();
    event(files).summary = 'First paragraph.\nSecond paragraph.';
    quote(files).text = 'One line.\nAnother.';
    expect(problemsOf(files)).toEqual([]);
    event(files).title = 'Two\nlines';
    event(files).summary = 'Windows\r\nline end';
    expect(problemsOf(files)).toEqual([
      `${EVENT}, field "title": must be one line, but has a line break at character 4`,
      `${EVENT}, field "summary": contains the control character U+000D (carriage return) at character 8; remove it`,
    ]);
  });

  it.each(
    [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map(
      (code) => [code.toString(16).toUpperCase(), code] as const,
    ),
  )('rejects the bidirectional control U+%s', (hex, code) => {
    const files = validFiles();
    event(files).title = `OSCE ${String.fromCodePoint(code)}council`;
    const [problem] = problemsOf(files);
    expect(problem).toMatch(
      new RegExp(
        `^data/events\\.json: record "osce-permanent-council", field "title": contains the invisible bidirectional control U\\+${hex} \\([A-Z -]+\\) at character 6, which reorders the text around it; remove it$`,
      ),
    );
  });

  it('names the bidirectional control, in a nested field and in an id-less record', () => {
    const files = validFiles();
    quote(files).text = 'txt.exe\u202Egpj';
    files['story-steps'] = [{event: 'osce-permanent-council', text: '\u2066Text\u2069'}];
    expect(problemsOf(files)).toEqual([
      `${EVENT}, field "quotes[0].text": contains the invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 8, which reorders the text around it; remove it`,
      'data/story-steps.json: record #1, field "text": contains the invisible bidirectional control U+2066 (LEFT-TO-RIGHT ISOLATE) at character 1, which reorders the text around it; remove it',
    ]);
  });

  it('rejects a broken character', () => {
    const files = validFiles();
    (files.places[0] as Rec).name = 'Vienna\ud800';
    expect(problemsOf(files)).toEqual([
      'data/places.json: record "vienna", field "name": contains a broken character (an unpaired surrogate, U+D800) at character 7',
    ]);
  });

  it('keeps letters joined with zero-width joiners, and right-to-left marks, in visible text', () => {
    const files = validFiles();
    quote(files).speaker = 'مرتضی\u200cزاده \u200f';
    expect(problemsOf(files)).toEqual([]);
  });
});

describe('web addresses', () => {
  it.each([
    ['https://www.nato.int@evil.example/', 'must not carry a user name or password before an @ (this address leads to evil.example)'],
    ['https://user:secret@www.nato.int/', 'must not carry a user name or password before an @ (this address leads to www.nato.int)'],
    ['ftp://www.nato.int/file', 'must be a web address starting with https:// or http://, not ftp:'],
    ['javascript:alert(1)', 'must be a web address starting with https:// or http://, not javascript:'],
    ['https://localhost/x', 'must name a real web host, such as www.nato.int, not "localhost"'],
    ['http://127.0.0.1/', 'must name a real web host, such as www.nato.int, not "127.0.0.1"'],
    ['http://[::1]/', 'must name a real web host, such as www.nato.int, not "[::1]"'],
    ['https://intranet/', 'must name a real web host, such as www.nato.int, not "intranet"'],
    ['https://site.test/', 'must name a real web host, such as www.nato.int, not "site.test"'],
  ])('rejects %s', (url, message) => {
    const files = validFiles();
    first(files.sources).url = url;
    expect(problemsOf(files)).toEqual([`${SOURCE}, field "url": ${message}`]);
  });

  it.each([
    'https://www.osce.org/permanent-council/509801',
    'http://kremlin.ru/events/president/news/67315',
    'https://xn--80ak6aa92e.com/',
  ])('accepts %s', (url) => {
    const files = validFiles();
    // On its publisher's own domain, as the source rules require.
    (first(files.publishers).domains as string[]).push(new URL(url).hostname.replace(/^www\./, ''));
    first(files.sources).url = url;
    expect(problemsOf(files)).toEqual([]);
  });
});
