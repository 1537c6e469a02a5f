/**
 * A small, valid data set for tests of the data build. Each test copies it with `validFiles()` and
 * breaks one thing, so a failure points at exactly the rule under test.
 */
import type {DataFileName} from './raw-types.ts';

export function validFiles(): Record<DataFileName, unknown[]> {
  return {
    sources: [
      {
        id: 'example-source',
        publisher: 'Example News',
        title: 'Talks in Vienna',
        url: 'https://example.org/vienna',
        published: '2022-01-13',
      },
    ],
    places: [
      {id: 'vienna', kind: 'city', name: 'Vienna', country: 'AT', position: {method: 'gazetteer', name: 'Vienna', country: 'AT'}},
      {
        id: 'venue',
        kind: 'venue',
        name: 'A venue',
        country: 'AT',
        position: {method: 'page', lat: 48.2, lon: 16.37, source: 'example-source', quote: '48.2°N 16.37°E'},
      },
      {id: 'camp', kind: 'troop-site', name: 'A camp', country: 'RU', position: {method: 'gazetteer', name: 'Klintsy', country: 'RU'}},
    ],
    reports: [
      {
        id: 'camp',
        place: 'camp',
        reports: [
          {date: '2021-12-30', kind: 'first', seen: 'Field camps.', sources: [{source: 'example-source', quote: 'camps'}]},
          {date: '2022-02-20', kind: 'departure', seen: 'Gone.', sources: [{source: 'example-source'}]},
        ],
        reportedDistances: [{km: 30, text: 'roughly 30 km', source: 'example-source'}],
      },
    ],
    events: [
      {
        id: 'osce-permanent-council',
        date: '2022-01-13',
        kind: 'diplomacy',
        talksWeek: 'session',
        title: 'OSCE Permanent Council in Vienna',
        places: [{place: 'vienna', venue: 'OSCE Permanent Council'}],
        summary: 'A meeting.',
        quotes: [{speaker: 'Someone', role: 'Ambassador', text: 'Words.', source: 'example-source'}],
        sources: [{source: 'example-source', quote: 'Vienna'}],
      },
    ],
    'story-steps': [{event: 'osce-permanent-council', text: 'The last session of the week.'}],
    estimates: [
      {
        id: 'estimate',
        date: '2022-02-18',
        qualifier: 'range',
        low: 169000,
        high: 190000,
        label: 'US: 169–190k',
        who: 'US',
        counts: 'personnel',
        sources: [{source: 'example-source'}],
      },
    ],
  };
}
