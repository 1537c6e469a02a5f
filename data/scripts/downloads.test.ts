import {describe, expect, it} from 'vitest';
import {buildDownloads, csvField, downloadsManifest, toCsv} from './downloads.ts';
import {testStory} from '../../src/state/test-story.ts';

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes inside', () => {
    expect(csvField('Kyiv')).toBe('Kyiv');
    expect(csvField('Geneva, Brussels')).toBe('"Geneva, Brussels"');
    expect(csvField('Ryabkov: talks at "a dead-end"')).toBe('"Ryabkov: talks at ""a dead-end"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(169000)).toBe('169000');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\ufeffa,b\r\n1,"x,y"\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, as OWASP advises', () => {
    expect(csvField('=HYPERLINK("https://evil.example/","Click")')).toBe(`"'=HYPERLINK(""https://evil.example/"",""Click"")"`);
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+7 495 000')).toBe(`"'+7 495 000"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1:A2)')).toBe(`"'@SUM(A1:A2)"`);
    expect(csvField('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    // Only the first character counts; text elsewhere in the cell is safe.
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField('Kyiv - Kharkiv')).toBe('Kyiv - Kharkiv');
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvField(-3.2)).toBe('-3.2');
    expect(csvField(-77)).toBe('-77');
    expect(csvField(0)).toBe('0');
    expect(toCsv(['lon', 'title'], [[-3.2, '=cmd']])).toBe(`\ufefflon,title\r\n-3.2,"'=cmd"\r\n`);
  });

  it('neutralises titles, publishers and notes in the downloads, and keeps negative longitudes numeric', () => {
    const story = testStory();
    story.sources.s = {...story.sources.s!, publisher: '@Publisher', title: '+Title'};
    story.events[0]!.title = '=HYPERLINK("https://evil.example/")';
    story.events[0]!.doubt = '-1 day?';
    const {'events.csv': events = '', 'places.csv': places = ''} = buildDownloads(story);
    const row = events.split('\r\n')[1] ?? '';
    expect(row).toContain(`,"'=HYPERLINK(""https://evil.example/"")",`);
    expect(row).toContain(`,"'-1 day?",`);
    expect(row).toContain(`"'@Publisher: +Title <https://example.org/>"`);
    // Every cell of every file: none starts with a formula character unless neutralised.
    for (const file of [events, places]) {
      for (const line of file.replace(/^\ufeff/, '').split('\r\n')) expect(line, line).not.toMatch(/(^|,)[=+@\t\r]/);
    }
    const washington = places.split('\r\n').find((line) => line.startsWith('washington,'));
    expect(washington?.split(',')[6]).toBe('-77');
  });
});

describe('downloads manifest', () => {
  it('lists every file with its label, in order', () => {
    expect(downloadsManifest({'events.csv': '', 'LICENCES.txt': ''})).toEqual([
      {file: 'events.csv', label: 'Events (CSV)'},
      {file: 'LICENCES.txt', label: 'Licences and notes (text)'},
    ]);
  });

  it('fails the build for a file the page would not know how to name', () => {
    expect(() => downloadsManifest({'secret.csv': ''})).toThrow('the download "secret.csv" has no label');
  });
});
