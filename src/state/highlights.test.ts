import {describe, expect, it} from 'vitest';
import {highlightedEvents, highlightedPlaces} from './highlights.ts';
import {createStoryIndex} from './story-index.ts';
import {testStory} from './test-story.ts';

const index = createStoryIndex(testStory());
const ids = (events: readonly {id: string}[]) => events.map((e) => e.id);

describe('highlightedPlaces', () => {
  it('emphasises the selected event’s places, or the open place instead', () => {
    expect(highlightedPlaces(index, {eventId: 'osce', placeId: null, hover: null})).toEqual(['vienna']);
    expect(highlightedPlaces(index, {eventId: 'osce', placeId: 'yelnya', hover: null})).toEqual(['yelnya']);
  });

  it('adds what the reader points at, in any view', () => {
    expect(highlightedPlaces(index, {eventId: 'osce', placeId: null, hover: {eventId: 'rome-meeting'}})).toEqual(['vienna', 'villa']);
    expect(highlightedPlaces(index, {eventId: null, placeId: null, hover: {placeId: 'soloti'}})).toEqual(['soloti']);
    expect(highlightedPlaces(index, {eventId: null, placeId: null, hover: null})).toEqual([]);
  });
});

describe('highlightedEvents', () => {
  it('emphasises the event pointed at, else the events of the place pointed at or open', () => {
    expect(ids(highlightedEvents(index, {eventId: null, placeId: 'vienna', hover: {eventId: 'rome-meeting'}}))).toEqual(['rome-meeting']);
    expect(ids(highlightedEvents(index, {eventId: null, placeId: 'villa', hover: {placeId: 'vienna'}}))).toEqual(['osce', 'osce-again']);
    expect(ids(highlightedEvents(index, {eventId: null, placeId: 'vienna', hover: null}))).toEqual(['osce', 'osce-again']);
    expect(highlightedEvents(index, {eventId: 'osce', placeId: null, hover: null})).toEqual([]);
  });
});
