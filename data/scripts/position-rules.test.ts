import {beforeAll, describe, expect, it} from 'vitest';
import {buildAll, validateRawData} from './build-data.ts';
import {assembleStory} from './assemble-story.ts';
import {formatDataProblem} from './data-problem.ts';
import {loadWorldGeography, type WorldGeography} from './geography.ts';
import {checkPositionsInCountries} from './position-rules.ts';
import {problemsReported, validFiles, type Rec} from './test-fixtures.ts';

let world: WorldGeography;
beforeAll(() => {
  world = loadWorldGeography();
});

/** The problems the whole data build (geography included) reports for `files`. */
const buildProblems = (files: ReturnType<typeof validFiles>) => problemsReported(() => buildAll(files));

/** The same rule alone, on geography loaded once (the whole build takes seconds). */
function positionProblems(files: ReturnType<typeof validFiles>): string[] {
  const {story} = assembleStory(validateRawData(files), world);
  return checkPositionsInCountries(story.places, world.countriesByIso).map(formatDataProblem);
}

const venue = (files: ReturnType<typeof validFiles>) => files.places[1] as Rec;
const pagePosition = (lat: number, lon: number) => ({method: 'page', lat, lon, source: 'example-source', quote: 'x'});

describe('a place’s pin lies in its country', () => {
  it('accepts the fixture', () => {
    expect(positionProblems(validFiles())).toEqual([]);
  });

  it('rejects latitude and longitude swapped, though both are in range, in the data build', () => {
    const files = validFiles();
    venue(files).position = pagePosition(16.37, 48.2);
    expect(buildProblems(files)).toEqual([
      'data/places.json: record "venue", field "position": latitude 16.37, longitude 48.2 lies 4,480 km outside AT, the place\'s "country"; swapped, they would be inside it: are latitude and longitude the wrong way round?',
    ]);
  });

  it('rejects a pin in another country, beyond the place’s precision', () => {
    const files = validFiles();
    // Bratislava: about 5 km beyond Austria's border.
    venue(files).position = pagePosition(48.1486, 17.1077);
    venue(files).precision = {km: 1, note: 'Near the river.'};
    expect(positionProblems(files)).toEqual([
      'data/places.json: record "venue", field "position": latitude 48.1486, longitude 17.1077 lies 5 km outside AT, the place\'s "country", more than its precision of 1 km',
    ]);
  });

  it('accepts a pin within its stated precision of the country', () => {
    const files = validFiles();
    venue(files).position = pagePosition(48.1486, 17.1077);
    venue(files).precision = {km: 10, note: 'Somewhere near the border.'};
    expect(positionProblems(files)).toEqual([]);
  });

  it('rejects a GeoNames town in another country than the place’s', () => {
    const files = validFiles();
    (files.places[0] as Rec).country = 'CH';
    expect(positionProblems(files)).toEqual([
      'data/places.json: record "vienna", field "position": the GeoNames point of "Vienna" (latitude 48.20849, longitude 16.37208) lies 465 km outside CH, the place\'s "country"',
    ]);
  });

  it('rejects a country the map does not have', () => {
    const files = validFiles();
    (files.places[0] as Rec).country = 'ZZ';
    (files.places[0] as Rec).position = {method: 'none', note: 'Not pinned.'};
    venue(files).country = 'ZZ';
    expect(positionProblems(files)).toEqual([
      'data/places.json: record "venue", field "country": is "ZZ", which is not a country in Natural Earth\'s borders',
    ]);
  });
});
