import {describe, expect, it} from 'vitest';
import {csvField, downloadsManifest, toCsv} from './downloads.ts';

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
