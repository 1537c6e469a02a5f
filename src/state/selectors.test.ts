import {describe, expect, it} from 'vitest';
import {
  adjacentEvent,
  citiesOnDate,
  eventForPlace,
  eventsAtPlace,
  eventsOnDay,
  meetingPlacesOnDate,
  publishersOf,
  sitesOnDate,
} from './selectors.ts';
import {createStoryIndex} from './story-index.ts';
import {testStory} from './test-story.ts';

const index = createStoryIndex(testStory());
const statusById = (date: string) => Object.fromEntries(sitesOnDate(index, date).map((s) => [s.place.id, s.status]));

describe('sitesOnDate', () => {
  it('shows a site from its first report, and as departed from its departure', () => {
    expect(statusById('2021-10-31')).toEqual({boguchar: 'unverified'});
    expect(statusById('2021-11-01')).toEqual({yelnya: 'active', boguchar: 'unverified'});
    expect(statusById('2022-01-13')).toEqual({yelnya: 'active', soloti: 'active', boguchar: 'unverified'});
    expect(statusById('2022-02-06')).toEqual({yelnya: 'departed', soloti: 'active', boguchar: 'unverified'});
  });

  it('never draws a site without a position', () => {
    expect(sitesOnDate(index, '2022-02-24').some((s) => s.place.id === 'nowhere')).toBe(false);
  });

  it('uses the latest strength figure reported by the date', () => {
    const yelnya = (date: string) => sitesOnDate(index, date).find((s) => s.place.id === 'yelnya');
    expect(yelnya('2021-12-30')?.strength).toBeUndefined();
    expect(yelnya('2022-01-13')?.strength).toMatchObject({value: 700, unit: 'vehicles', report: {dateText: 'by the end of 2021'}});
  });
});

describe('meetingPlacesOnDate', () => {
  it('shows a meeting place from its first talks, with the venue of the latest', () => {
    expect(meetingPlacesOnDate(index, '2022-01-09').map((m) => m.place.id)).toEqual([]);
    const onThirteenth = meetingPlacesOnDate(index, '2022-01-13');
    expect(onThirteenth.map((m) => [m.place.id, m.venue, m.talksWeek])).toEqual([
      ['villa', undefined, true],
      ['vienna', 'OSCE Permanent Council', true],
    ]);
    expect(meetingPlacesOnDate(index, '2022-02-20').find((m) => m.place.id === 'vienna')?.venue).toBe('Joint session');
  });

  it('leaves out places outside the map region', () => {
    expect(meetingPlacesOnDate(index, '2022-02-24').some((m) => m.place.id === 'washington')).toBe(false);
  });
});

describe('eventsAtPlace', () => {
  it('lists the events at a place up to a date, oldest first', () => {
    expect(eventsAtPlace(index, 'vienna', '2022-01-12')).toEqual([]);
    expect(eventsAtPlace(index, 'vienna', '2022-02-24').map((e) => e.id)).toEqual(['osce', 'osce-again']);
  });
});

describe('citiesOnDate', () => {
  it('drops a city once it is a meeting place, or once a venue in it is shown', () => {
    const names = (date: string) => citiesOnDate(index, meetingPlacesOnDate(index, date)).map((c) => c.id);
    expect(names('2022-01-09')).toEqual(['vienna', 'rome']);
    expect(names('2022-01-10')).toEqual(['vienna']);
    expect(names('2022-01-13')).toEqual([]);
  });
});

describe('event navigation', () => {
  it('finds the events of a day', () => {
    expect(eventsOnDay(index, '2022-01-13').map((e) => e.id)).toEqual(['osce']);
    expect(eventsOnDay(index, '2022-01-14')).toEqual([]);
  });

  it('steps from the selected event, or from a day without one, to the neighbouring events', () => {
    expect(adjacentEvent(index, {date: '2022-01-13', eventId: 'osce'}, 1)?.id).toBe('osce-again');
    expect(adjacentEvent(index, {date: '2022-01-13', eventId: 'osce'}, -1)?.id).toBe('rome-meeting');
    expect(adjacentEvent(index, {date: '2022-01-11', eventId: null}, 1)?.id).toBe('osce');
    expect(adjacentEvent(index, {date: '2022-01-11', eventId: null}, -1)?.id).toBe('rome-meeting');
    expect(adjacentEvent(index, {date: '2022-02-18', eventId: 'osce-again'}, 1)).toBeUndefined();
    expect(adjacentEvent(index, {date: '2021-11-01', eventId: null}, -1)).toBeUndefined();
  });

  it('chooses the event a reader means by a place: its latest by the day shown, else its first', () => {
    expect(eventForPlace(index, 'vienna', '2022-02-20')?.id).toBe('osce-again');
    expect(eventForPlace(index, 'vienna', '2022-01-20')?.id).toBe('osce');
    expect(eventForPlace(index, 'vienna', '2021-12-01')?.id).toBe('osce');
    expect(eventForPlace(index, 'yelnya', '2022-01-20')).toBeUndefined();
  });
});

describe('publishersOf', () => {
  it('names each publisher once, with the state-media label of an outlet a party controls', () => {
    const story = testStory();
    story.sources.t = {id: 't', publisher: 'TASS', title: 'T', url: 'https://tass.com/', stateMedia: 'Russian state media'};
    const withTass = createStoryIndex(story);
    expect(publishersOf(withTass, [{source: 's'}, {source: 't'}, {source: 's'}, {source: 'missing'}])).toEqual([
      'P',
      'TASS (Russian state media)',
    ]);
  });
});
