import {describe, expect, it} from 'vitest';
import {createStoryIndex} from './story-index.ts';
import {testStory} from './test-story.ts';
import {mapCaption, presentCaption} from './captions.ts';

describe('presentCaption', () => {
  const story = testStory();
  story.events.push({
    id: 'osce-in-vienna',
    date: '2022-01-14',
    kind: 'diplomacy',
    title: 'OSCE Permanent Council in Vienna',
    places: [{place: 'vienna'}],
    summary: 'S.',
    sources: [{source: 's'}],
  });
  const index = createStoryIndex(story);
  const event = (id: string) => index.eventById.get(id)!;

  it('says the date, the place and the event', () => {
    expect(presentCaption(index, '2022-01-13', event('osce'))).toBe('13 January 2022 — Vienna: osce');
  });

  it('does not say the place twice', () => {
    expect(presentCaption(index, '2022-01-14', event('osce-in-vienna'))).toBe('14 January 2022 — Vienna: OSCE Permanent Council');
  });

  it('names a venue by its town', () => {
    expect(presentCaption(index, '2022-01-10', event('rome-meeting'))).toBe('10 January 2022 — Rome: rome-meeting');
  });

  it('says the day when no event is selected', () => {
    expect(presentCaption(index, '2022-01-12', undefined)).toBe('The situation on 12 January 2022');
  });
});

describe('mapCaption', () => {
  const index = createStoryIndex(testStory());
  it('says the day, and the talks held on it', () => {
    expect(mapCaption(index, '2022-01-13')).toBe('Situation on 13 January 2022. Talks: osce');
    expect(mapCaption(index, '2022-01-12')).toBe('Situation on 12 January 2022');
  });
});
