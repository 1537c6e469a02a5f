import {describe, expect, it} from 'vitest';
import {validateRawData} from './build-data.ts';
import {DataError, formatDataProblem} from './data-problem.ts';
import {validFiles} from './test-fixtures.ts';

/** The problems the build reports for `files`, formatted as the build prints them. */
function problemsOf(files: ReturnType<typeof validFiles>): string[] {
  try {
    validateRawData(files);
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatDataProblem);
    throw error;
  }
  return [];
}

type Rec = Record<string, unknown>;
const first = (list: unknown[]): Rec => list[0] as Rec;

describe('validateRawData', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(validFiles())).toEqual([]);
  });

  it('names the file, record and field of an impossible date', () => {
    const files = validFiles();
    first(files.events).date = '2022-02-30';
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "date": must be a real date written YYYY-MM-DD',
    ]);
  });

  it('reports a missing required field by its name', () => {
    const files = validFiles();
    delete first(files.events).sources;
    expect(problemsOf(files)).toEqual(['data/events.json: record "osce-permanent-council", field "sources": is required but missing']);
  });

  it('rejects an event with an empty source list', () => {
    const files = validFiles();
    first(files.events).sources = [];
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "sources": must NOT have fewer than 1 items',
    ]);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const files = validFiles();
    first(files.events).titel = 'Typo';
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "titel": is not an allowed field (check its spelling)',
    ]);
  });

  it('rejects an unknown event kind and lists the allowed ones', () => {
    const files = validFiles();
    first(files.events).kind = 'rumour';
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "kind": must be one of: "diplomacy", "build-up", "statement", "decision"',
    ]);
  });

  it('rejects a quote without a speaker', () => {
    const files = validFiles();
    delete ((first(files.events).quotes as Rec[])[0] as Rec).speaker;
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "quotes[0].speaker": is required but missing',
    ]);
  });

  it('rejects an event with no place and no note saying why', () => {
    const files = validFiles();
    first(files.events).places = [];
    expect(problemsOf(files)).toEqual(['data/events.json: record "osce-permanent-council", field "placeNote": is required but missing']);
  });

  it('checks a position against the form of its method only', () => {
    const files = validFiles();
    (files.places[1] as Rec).position = {method: 'page', lat: 48.2, lon: 16.37, source: 'example-source'};
    expect(problemsOf(files)).toEqual(['data/places.json: record "venue", field "position.quote": is required but missing']);
  });

  it('rejects a coordinate outside the globe', () => {
    const files = validFiles();
    (files.places[1] as Rec).position = {method: 'page', lat: 148.2, lon: 16.37, source: 'example-source', quote: 'x'};
    expect(problemsOf(files)).toEqual(['data/places.json: record "venue", field "position.lat": must be <= 90']);
  });

  it('requires an unverified place to say what is in doubt', () => {
    const files = validFiles();
    (files.places[2] as Rec).status = 'unverified';
    expect(problemsOf(files)).toEqual(['data/places.json: record "camp", field "doubt": is required but missing']);
  });

  it('rejects a source without a web address', () => {
    const files = validFiles();
    first(files.sources).url = 'not a url';
    expect(problemsOf(files)).toContain('data/sources.json: record "example-source", field "url": must be a valid uri');
  });

  it('rejects a range estimate without its upper bound', () => {
    const files = validFiles();
    delete first(files.estimates).high;
    expect(problemsOf(files)).toEqual(['data/estimates.json: record "estimate", field "high": is required but missing']);
  });

  it('names a record without an id by its position', () => {
    const files = validFiles();
    delete first(files.sources).id;
    expect(problemsOf(files)).toEqual(['data/sources.json: record #1, field "id": is required but missing']);
  });

  it('rejects a file that is not a list', () => {
    const files = validFiles();
    (files as Record<string, unknown>).events = {};
    expect(problemsOf(files)[0]).toMatch(/^data\/events\.json: record \(whole file\): must be a list of records/);
  });

  it('rejects a citation of a source that does not exist', () => {
    const files = validFiles();
    first(files.events).sources = [{source: 'no-such-source'}];
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "sources[0].source": refers to source "no-such-source", which is not in data/sources.json',
    ]);
  });

  it('rejects an event at a place that does not exist', () => {
    const files = validFiles();
    first(files.events).places = [{place: 'atlantis'}];
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "places[0].place": refers to place "atlantis", which is not in data/places.json',
    ]);
  });

  it('rejects duplicate ids', () => {
    const files = validFiles();
    files.events.push(structuredClone(first(files.events)));
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "id": is used by more than one record; ids must be unique',
    ]);
  });

  it('rejects an event outside the story period', () => {
    const files = validFiles();
    first(files.events).date = '2022-03-01';
    first(files.events).talksWeek = undefined;
    delete first(files.events).talksWeek;
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "date": 2022-03-01 is outside the story (2021-11-01 to 2022-02-24)',
    ]);
  });

  it('rejects a departure reported before the site was first reported', () => {
    const files = validFiles();
    ((first(files.reports).reports as Rec[])[1] as Rec).date = '2021-12-01';
    expect(problemsOf(files)).toEqual([
      'data/reports.json: record "camp", field "reports": the departure (2021-12-01) must come after the first report (2021-12-30)',
    ]);
  });

  it('rejects a verified site without a first report', () => {
    const files = validFiles();
    ((first(files.reports).reports as Rec[])[0] as Rec).kind = 'update';
    expect(problemsOf(files)).toEqual(['data/reports.json: record "camp", field "reports": needs exactly one "first" report, has 0']);
  });

  it('rejects a troop site that has no reports', () => {
    const files = validFiles();
    files.reports = [];
    expect(problemsOf(files)).toEqual([
      'data/places.json: record "camp", field "kind": is a troop-site with no record in data/reports.json',
    ]);
  });

  it('lists every problem at once', () => {
    const files = validFiles();
    first(files.events).date = 'yesterday';
    first(files.estimates).low = 'many';
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "date": must be a real date written YYYY-MM-DD',
      'data/estimates.json: record "estimate", field "low": must be integer',
    ]);
  });

  it('rejects a story step about an event that does not exist', () => {
    const files = validFiles();
    files['story-steps'] = [{event: 'no-such-event', text: 'Text.'}];
    expect(problemsOf(files)).toEqual([
      'data/story-steps.json: record step 1, field "event": refers to event "no-such-event", which is not in data/events.json',
    ]);
  });

  it('rejects a story step without text', () => {
    const files = validFiles();
    files['story-steps'] = [{event: 'osce-permanent-council', text: ''}];
    expect(problemsOf(files)).toEqual(['data/story-steps.json: record #1, field "text": must not be empty']);
  });
});
