import {describe, expect, it} from 'vitest';
import {validateRawData} from './build-data.ts';
import {first, problemsReported, validFiles, type Rec} from './test-fixtures.ts';

/** The problems the build reports for `files`, formatted as the build prints them. */
const problemsOf = (files: ReturnType<typeof validFiles>) => problemsReported(() => validateRawData(files));

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
    expect(problemsOf(files)).toContain(
      'data/events.json: record "osce-permanent-council", field "sources[0].source": refers to source "no-such-source", which is not in data/sources.json',
    );
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

  it('rejects a source linked to a copy site', () => {
    const files = validFiles();
    first(files.sources).url = 'https://copyfarm-news.com/talks-in-vienna';
    expect(problemsOf(files)).toEqual([
      'data/sources.json: record "example-source", field "url": links to a copy site (copyfarm-news.com); link the original publisher\'s page and keep the copy\'s address as "readVia"',
    ]);
  });

  it("rejects a source whose link is not on its publisher's domains", () => {
    const files = validFiles();
    first(files.sources).url = 'https://elsewhere-news.com/vienna';
    expect(problemsOf(files)).toEqual([
      'data/sources.json: record "example-source", field "url": elsewhere-news.com is not a domain of its publisher "Example News" (example.org); link the publisher\'s own page',
    ]);
  });

  it('rejects a copy site named as a publisher', () => {
    const files = validFiles();
    first(files.sources).publisher = 'copy-farm';
    expect(problemsOf(files)).toContain(
      'data/sources.json: record "example-source", field "publisher": "copy-farm" is a copy site; name the original publisher and keep the copy\'s address as "readVia"',
    );
  });

  it('keeps a copy only as a secondary address beside the original', () => {
    const files = validFiles();
    first(files.sources).readVia = 'https://copyfarm-news.com/talks-in-vienna';
    expect(problemsOf(files)).toEqual([]);
    first(files.sources).readVia = 'https://example.org/vienna-copy';
    expect(problemsOf(files)).toEqual([
      'data/sources.json: record "example-source", field "readVia": is on the publisher\'s own domain; "readVia" is only for a copy read instead of the original',
    ]);
  });

  it('rejects a source without its publication date', () => {
    const files = validFiles();
    delete first(files.sources).published;
    expect(problemsOf(files)).toEqual(['data/sources.json: record "example-source", field "published": is required but missing']);
  });

  it('rejects state media without its label', () => {
    const files = validFiles();
    delete (files.publishers[1] as Rec).stateMedia;
    delete (files.publishers[1] as Rec).controlledBy;
    expect(problemsOf(files)).toEqual([
      'data/publishers.json: record "state-news", field "stateMedia": tass.com is an outlet controlled by a state party to the story (RU); give the publisher its label, e.g. "Russian state media"',
    ]);
  });

  it('rejects a publisher controlled by a state party without its label', () => {
    const files = validFiles();
    delete (files.publishers[1] as Rec).stateMedia;
    expect(problemsOf(files)).toContain('data/publishers.json: record "state-news", field "stateMedia": is required but missing');
  });

  it('asks for attribution of a claim that only state media make', () => {
    const files = validFiles();
    files.sources.push({id: 'state-source', publisher: 'state-news', title: 'A claim', url: 'https://tass.com/1', published: '2022-01-13'});
    first(files.events).sources = [{source: 'state-source'}];
    first(files.events).quotes = [];
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "summary": rests only on state media (State News); attribute the claim in the text ("according to …")',
    ]);
    first(files.events).summary = 'A meeting, according to State News.';
    expect(problemsOf(files)).toEqual([]);
  });

  it("rejects a quote whose source is not among its event's sources", () => {
    const files = validFiles();
    files.sources.push({
      id: 'other-source',
      publisher: 'example-news',
      title: 'Other',
      url: 'https://example.org/other',
      published: '2022-01-13',
    });
    ((first(files.events).quotes as Rec[])[0] as Rec).source = 'other-source';
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "quotes[0].source": source "other-source" is not among the event\'s sources; cite it in "sources" with the words quoted',
    ]);
  });

  it('rejects quoted words that no cited source printed', () => {
    const files = validFiles();
    first(files.events).summary = 'Someone called it a "colossal mistake".';
    expect(problemsOf(files)).toEqual([
      'data/events.json: record "osce-permanent-council", field "summary": quotes "colossal mistake", which is not in the stored words of the event\'s sources',
    ]);
  });

  it('rejects an unused source', () => {
    const files = validFiles();
    files.sources.push({
      id: 'unused',
      publisher: 'example-news',
      title: 'Unused',
      url: 'https://example.org/unused',
      published: '2022-01-13',
    });
    expect(problemsOf(files)).toEqual(['data/sources.json: record "unused", field "id": is cited by no record; remove it']);
  });

  it('needs a claim to say who made it, and refuses "claimBy" on other kinds', () => {
    const files = validFiles();
    const reports = first(files.reports).reports as Rec[];
    (reports[1] as Rec).kind = 'claim';
    expect(problemsOf(files)).toEqual(['data/reports.json: record "camp", field "reports[1].claimBy": is required but missing']);
    (reports[1] as Rec).claimBy = "Russia's Defence Ministry";
    (reports[1] as Rec).kind = 'update';
    expect(problemsOf(files)[0]).toMatch(/field "reports\[1\]": has a field its kind does not allow/);
  });

  it('rejects a line-of-contact vertex that pairs two settlements on the same side', () => {
    const files = validFiles();
    (files['line-of-contact'].vertices as Rec[])[0] = {between: ['luhansk', 'nowhere']};
    expect(problemsOf(files)).toEqual([
      'data/line-of-contact.json: record "vertices[0]", field "settlement": refers to settlement "nowhere", which is not listed',
    ]);
  });
});
