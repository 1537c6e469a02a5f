/**
 * A small, valid data set for tests of the data build. Each test copies it with `validFiles()` and
 * breaks one thing, so a failure points at exactly the rule under test.
 */
import type {DataFileName} from './raw-types.ts';
import {DataError, formatDataProblem} from './data-problem.ts';

/** A record of the test data, to break one field of. */
export type Rec = Record<string, unknown>;
export const first = (list: unknown[]): Rec => list[0] as Rec;

/** The problems `build` reports, formatted as the build prints them; none if it succeeds. */
export function problemsReported(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatDataProblem);
    throw error;
  }
  return [];
}

export type Files = Record<Exclude<DataFileName, 'line-of-contact'>, unknown[]> & {'line-of-contact': Record<string, unknown>};

const settlement = (id: string, side: string, name: string) => ({
  id,
  side,
  position: {name, country: 'UA'},
  sources: [{source: 'example-source', quote: `${side} ${name}`}],
});

export function validFiles(): Files {
  return {
    publishers: [
      {id: 'example-news', name: 'Example News', kind: 'outlet', domains: ['example.org']},
      {id: 'state-news', name: 'State News', kind: 'agency', domains: ['tass.com'], controlledBy: 'RU', stateMedia: 'Russian state media'},
      {id: 'copy-farm', name: 'copyfarm-news.com', kind: 'copy', domains: ['copyfarm-news.com']},
    ],
    sources: [
      {
        id: 'example-source',
        publisher: 'example-news',
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
    'line-of-contact': {
      keyLine: 'Held by Russia-backed forces since 2014',
      note: 'Drawn through settlements on each side of the line.',
      precisionKm: 16,
      settlements: [
        settlement('luhansk', 'held', 'Luhansk'),
        settlement('stanytsia', 'government', 'Stanytsya-Luhanska'),
        settlement('zolote', 'line', 'Zolote'),
        settlement('mariupol', 'government', 'Mariupol'),
        settlement('bezimenne', 'held', 'Bezimenne'),
      ],
      vertices: [{between: ['luhansk', 'stanytsia']}, {on: 'zolote', toleranceKm: 5}, {between: ['bezimenne', 'mariupol']}],
    },
  };
}
