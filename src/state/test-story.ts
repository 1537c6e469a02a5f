/**
 * A small story for unit tests of the selectors: two sites (one leaves), one unverified site, a
 * city and two meeting places, one of which hosts talks on two dates.
 */
import type {Place, Site, Story, StoryEvent} from '../story/types.ts';

const place = (id: string, kind: Place['kind'], lon: number, lat: number, extra: Partial<Place> = {}): Place => ({
  id,
  kind,
  name: id[0]!.toUpperCase() + id.slice(1),
  country: 'RU',
  position: {lat, lon, method: 'gazetteer', gazetteerName: id},
  status: 'verified',
  inRegion: true,
  ...extra,
});

const site = (id: string, firstReported: string | undefined, extra: Partial<Site> = {}): Site => ({
  id,
  place: id,
  reports: [],
  reportedDistances: [],
  ...(firstReported ? {firstReported} : {}),
  computedDistance: null,
  ...extra,
});

const event = (id: string, date: string, places: string[], extra: Partial<StoryEvent> = {}): StoryEvent => ({
  id,
  date,
  kind: 'diplomacy',
  title: id,
  places: places.map((p) => ({place: p})),
  summary: 'Summary.',
  sources: [{source: 's'}],
  ...extra,
});

export function testStory(): Story {
  return {
    version: 'test',
    period: {start: '2021-11-01', end: '2022-02-24'},
    sources: {s: {id: 's', publisher: 'P', title: 'T', url: 'https://example.org/'}},
    places: [
      place('yelnya', 'troop-site', 33.2, 54.6),
      place('soloti', 'troop-site', 38.1, 50.2),
      place('boguchar', 'troop-site', 40.6, 49.9, {status: 'unverified', doubt: 'No report for the period.'}),
      place('nowhere', 'troop-site', 0, 0, {position: null, positionNote: 'Not pinned.'}),
      place('vienna', 'city', 16.37, 48.21, {country: 'AT'}),
      place('rome', 'city', 12.5, 41.9, {country: 'IT'}),
      place('villa', 'venue', 12.45, 41.93, {country: 'IT', locality: 'Rome', name: 'Villa Madama'}),
      place('washington', 'city', -77, 38.9, {country: 'US', inRegion: false}),
    ],
    sites: [
      site('yelnya', '2021-11-01', {
        departed: '2022-02-06',
        reports: [
          {date: '2021-11-01', kind: 'first', seen: 'Tanks.', sources: [{source: 's'}]},
          {
            date: '2021-12-31',
            dateText: 'by the end of 2021',
            kind: 'update',
            seen: 'Many.',
            strength: {value: 700, unit: 'vehicles', text: 'some 700'},
            sources: [{source: 's'}],
          },
          {date: '2022-02-06', kind: 'departure', seen: 'Gone.', sources: [{source: 's'}]},
        ],
      }),
      site('soloti', '2021-12-13'),
      site('boguchar', undefined),
      site('nowhere', '2022-02-10'),
    ],
    events: [
      event('video-call', '2021-12-07', ['washington']),
      event('rome-meeting', '2022-01-10', ['villa'], {talksWeek: 'related'}),
      event('osce', '2022-01-13', ['vienna'], {talksWeek: 'session', places: [{place: 'vienna', venue: 'OSCE Permanent Council'}]}),
      event('osce-again', '2022-02-18', ['vienna'], {places: [{place: 'vienna', venue: 'Joint session'}]}),
    ],
    estimates: [],
    talksRoute: [],
    storySteps: [
      {event: 'video-call', text: 'A call.'},
      {event: 'osce', text: 'The last session.'},
      {event: 'osce-again', text: 'A higher estimate.'},
    ],
  };
}
