import {describe, expect, it} from 'vitest';
import {embedUrl, fullPageUrl, readEmbedOptions, readUrlParams, readUrlState, writeUrlState} from './url-schema.ts';
import {createStoryIndex} from './story-index.ts';
import {testStory} from './test-story.ts';

const index = createStoryIndex(testStory());

describe('readUrlState', () => {
  it('opens an event, with its date', () => {
    expect(readUrlState('?event=osce', index)).toEqual({eventId: 'osce', date: '2022-01-13'});
  });

  it('opens a date inside the story', () => {
    expect(readUrlState('?date=2022-02-01', index)).toEqual({date: '2022-02-01'});
  });

  it('opens the presentation layout, with or without a view', () => {
    expect(readUrlState('?present=1', index)).toEqual({present: true});
    expect(readUrlState('?present=1&event=osce', index)).toEqual({eventId: 'osce', date: '2022-01-13', present: true});
    expect(readUrlState('?present=yes', index)).toEqual({});
  });

  it('lets a valid event win over a date', () => {
    expect(readUrlState('?date=2022-02-01&event=osce', index)).toEqual({eventId: 'osce', date: '2022-01-13'});
  });

  it('ignores what does not parse or does not exist', () => {
    for (const search of [
      '?date=garbage',
      '?date=2022-02-30',
      '?date=2023-01-01',
      '?event=<script>',
      '?event=',
      '?date=',
      '?x=1',
      '',
      '?date=2022-1-5',
    ]) {
      expect(readUrlState(search, index), search).toEqual({});
    }
    expect(readUrlState('?event=nope&date=2022-02-01', index)).toEqual({date: '2022-02-01'});
  });
});

describe('writeUrlState', () => {
  it('writes the event alone, since it implies the date', () => {
    expect(writeUrlState('', {eventId: 'osce', date: '2022-01-13'}, '2022-01-13')).toBe('?event=osce');
  });

  it('writes a date other than the default, and nothing for the default view', () => {
    expect(writeUrlState('', {eventId: null, date: '2022-01-14'}, '2022-01-13')).toBe('?date=2022-01-14');
    expect(writeUrlState('?date=2022-01-14', {eventId: null, date: '2022-01-13'}, '2022-01-13')).toBe('');
  });

  it('writes the presentation layout', () => {
    expect(writeUrlState('?present=1', {eventId: 'osce', date: '2022-01-13', present: true}, '2022-01-13')).toBe('?event=osce&present=1');
    expect(writeUrlState('?present=1', {eventId: null, date: '2022-01-13', present: false}, '2022-01-13')).toBe('');
  });

  it('keeps parameters it does not own', () => {
    expect(writeUrlState('?embed=1&id=map-1&event=old', {eventId: null, date: '2022-02-01'}, '2022-01-13')).toBe(
      '?embed=1&id=map-1&date=2022-02-01',
    );
  });
});

describe('embed options', () => {
  it('reads embed=1 and a plain id, and refuses any other id', () => {
    expect(readEmbedOptions('?embed=1&id=story-map_2')).toMatchObject({embed: true, id: 'story-map_2'});
    expect(readEmbedOptions('?embed=yes&id=<b>')).toMatchObject({embed: false, id: 'ukraine-january-2022'});
  });

  it('gives an embed the light theme unless its host asks otherwise, and the full page none', () => {
    expect(readEmbedOptions('?embed=1').theme).toBe('light');
    expect(readEmbedOptions('?embed=1&theme=dark').theme).toBe('dark');
    expect(readEmbedOptions('?embed=1&theme=sepia').theme).toBe('light');
    expect(readEmbedOptions('').theme).toBeUndefined();
  });

  it('reads the host’s choices, and ignores parts it does not know', () => {
    expect(readEmbedOptions('?embed=1&plain=1&hide=share,bogus,key&autoplay=1&childId=map-2')).toEqual({
      embed: true,
      id: 'ukraine-january-2022',
      theme: 'light',
      plain: true,
      hide: new Set(['key', 'share']),
      autoplay: true,
      childId: 'map-2',
    });
    expect(readEmbedOptions('?embed=1&plain=yes&hide=&autoplay=0&childId=<i>')).toEqual({
      embed: true,
      id: 'ukraine-january-2022',
      theme: 'light',
      plain: false,
      hide: new Set(),
      autoplay: false,
      childId: undefined,
    });
  });

  it('links the full page to the same view without the embed parameters', () => {
    expect(fullPageUrl('https://example.org/map/?embed=1&id=a&event=osce')).toBe('https://example.org/map/?event=osce');
  });

  it('makes the embed’s address from the view’s', () => {
    expect(embedUrl('https://example.org/map/?event=osce', 'map-1')).toBe('https://example.org/map/?event=osce&embed=1&id=map-1');
  });
});

describe('readUrlParams', () => {
  it('reads every parameter that parses, and leaves out what does not', () => {
    expect(readUrlParams('?event=osce&date=2022-01-14&present=1&embed=1&id=a')).toEqual({
      event: 'osce',
      date: '2022-01-14',
      present: true,
      embed: true,
      id: 'a',
    });
    expect(readUrlParams('?event=Not%20a%20slug&date=2022-13-01&present=true&embed=0&id=')).toEqual({});
  });
});
