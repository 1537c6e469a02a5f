/**
 * Rules that span records or files, which JSON Schema cannot express: ids are unique, every
 * reference points at something that exists, dates fall in the story's period, each troop site
 * has a coherent history (one first report, a move or departure only after it), a quote cites one of
 * its event's sources, words put in quotation marks are words a cited source printed, and a claim
 * that rests only on state media is attributed in the text.
 */
import type {DataProblem} from './data-problem.ts';
import type {RawData} from './raw-types.ts';
import type {Citation} from '../../src/story/types.ts';
import {checkSources} from './check-sources.ts';

/** Words in straight or curly double quotation marks. */
const QUOTED = /["\u201c]([^"\u201c\u201d]+)["\u201d]/g;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The quoted phrases of `text` that appear in none of `supporting` (the stored words of the cited
 * sources). A phrase cut with an ellipsis counts when each of its parts appears.
 */
export function unsupportedQuotes(text: string | undefined, supporting: readonly (string | undefined)[]): string[] {
  if (!text) return [];
  const haystack = supporting.filter((s): s is string => Boolean(s)).map(normalise);
  const missing: string[] = [];
  for (const [, phrase = ''] of text.matchAll(QUOTED)) {
    const parts = phrase
      .split(/\u2026|\.\.\./)
      .map((p) => normalise(p).replace(/^[\s,.;:]+|[\s,.;:]+$/g, ''))
      .filter(Boolean);
    if (!parts.every((part) => haystack.some((h) => h.includes(part)))) missing.push(phrase);
  }
  return missing;
}

const supportOf = (citations: readonly Citation[] | undefined) => (citations ?? []).flatMap((c) => [c.quote, c.translation]);

/** The story runs from the first reports of the build-up to the day of the full-scale invasion. */
export const STORY_PERIOD = {start: '2021-11-01', end: '2022-02-24'} as const;

/** The week of talks: Geneva on 10 January to Vienna on 13 January (Rome on the side). */
const TALKS_WEEK = {start: '2022-01-10', end: '2022-01-13'} as const;

const inPeriod = (date: string, {start, end}: {start: string; end: string}) => date >= start && date <= end;

export function checkReferences(data: RawData): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (file: string, record: string, field: string, message: string) =>
    problems.push({file: `data/${file}.json`, record: `"${record}"`, field, message});

  for (const [file, records] of Object.entries(data).filter(([file, value]) => file !== 'story-steps' && Array.isArray(value)) as [
    string,
    {id: string}[],
  ][]) {
    const seen = new Set<string>();
    for (const {id} of records) {
      if (seen.has(id)) report(file, id, 'id', 'is used by more than one record; ids must be unique');
      seen.add(id);
    }
  }

  const sourceIds = new Set(data.sources.map((s) => s.id));
  const publisherOf = new Map(data.sources.map((s) => [s.id, data.publishers.find((p) => p.id === s.publisher)]));
  /** The state-media label of every cited source, or null when one of them is independent. */
  const onlyStateMedia = (citations: readonly Citation[]): string[] | null => {
    const names = citations.map((c) => publisherOf.get(c.source));
    if (!names.length || names.some((p) => !p?.stateMedia)) return null;
    return [...new Set(names.map((p) => p!.name))];
  };
  const isAttributed = (text: string) => /according to|\bsaid\b|\bclaimed\b|\bannounced\b|\bsays\b/i.test(text);
  const places = new Map(data.places.map((p) => [p.id, p]));
  const checkSource = (file: string, record: string, field: string, id: string) => {
    if (!sourceIds.has(id)) report(file, record, field, `refers to source "${id}", which is not in data/sources.json`);
  };
  const checkCitations = (file: string, record: string, field: string, citations: Citation[]) =>
    citations.forEach((c, i) => checkSource(file, record, `${field}[${i}].source`, c.source));

  for (const place of data.places) {
    if (place.position.method === 'page') checkSource('places', place.id, 'position.source', place.position.source);
    if (place.status === 'unverified' && place.kind !== 'troop-site') {
      report('places', place.id, 'status', 'only troop sites can be unverified; leave out a place that is not sourced');
    }
  }

  const sitesByPlace = new Map<string, string>();
  for (const site of data.reports) {
    const place = places.get(site.place);
    if (!place) report('reports', site.id, 'place', `refers to place "${site.place}", which is not in data/places.json`);
    else if (place.kind !== 'troop-site')
      report('reports', site.id, 'place', `refers to "${site.place}", which is a ${place.kind}, not a troop-site`);
    if (sitesByPlace.has(site.place))
      report('reports', site.id, 'place', `"${site.place}" already has a record ("${sitesByPlace.get(site.place)}")`);
    sitesByPlace.set(site.place, site.id);

    site.units?.forEach((u, i) => checkSource('reports', site.id, `units[${i}].source`, u.source));
    site.reportedDistances?.forEach((d, i) => checkSource('reports', site.id, `reportedDistances[${i}].source`, d.source));
    site.reports.forEach((r, i) => {
      checkCitations('reports', site.id, `reports[${i}].sources`, r.sources);
      if (r.kind !== 'background' && !r.date) report('reports', site.id, `reports[${i}].date`, `a "${r.kind}" report needs a date`);
      for (const phrase of unsupportedQuotes(r.seen, supportOf(r.sources))) {
        report('reports', site.id, `reports[${i}].seen`, `quotes "${phrase}", which is not in the stored words of its sources`);
      }
      const stateOnly = onlyStateMedia(r.sources);
      if (stateOnly && r.kind !== 'claim' && !isAttributed(r.seen)) {
        report(
          'reports',
          site.id,
          `reports[${i}]`,
          `rests only on state media (${stateOnly.join(', ')}); make it kind "claim" with "claimBy", or attribute it in the text ("according to …")`,
        );
      }
      if (r.kind !== 'background' && r.date && !inPeriod(r.date, STORY_PERIOD)) {
        report(
          'reports',
          site.id,
          `reports[${i}].date`,
          `${r.date} is outside the story (${STORY_PERIOD.start} to ${STORY_PERIOD.end}); use kind "background"`,
        );
      }
    });

    // The map draws one strength figure per site, with the day it applies from.
    if (site.reports.filter((r) => r.strength).length > 1) {
      report('reports', site.id, 'reports', 'has more than one report with a strength figure; the map shows one per site');
    }
    const firsts = site.reports.filter((r) => r.kind === 'first');
    const departures = site.reports.filter((r) => r.kind === 'departure');
    const unverified = place?.status === 'unverified';
    if (unverified && firsts.length) report('reports', site.id, 'reports', 'an unverified site cannot have a "first" report');
    if (!unverified && firsts.length !== 1) report('reports', site.id, 'reports', `needs exactly one "first" report, has ${firsts.length}`);
    if (departures.length > 1) report('reports', site.id, 'reports', `has ${departures.length} "departure" reports; at most one`);
    const [first] = firsts;
    const [departure] = departures;
    if (first?.date && departure?.date && departure.date <= first.date) {
      report('reports', site.id, 'reports', `the departure (${departure.date}) must come after the first report (${first.date})`);
    }
    for (const move of site.reports.filter((r) => r.kind === 'moved')) {
      if (first?.date && move.date && move.date <= first.date) {
        report('reports', site.id, 'reports', `the move (${move.date}) must come after the first report (${first.date})`);
      }
    }
  }
  for (const place of data.places) {
    if (place.kind === 'troop-site' && !sitesByPlace.has(place.id)) {
      report('places', place.id, 'kind', 'is a troop-site with no record in data/reports.json');
    }
  }

  for (const event of data.events) {
    checkCitations('events', event.id, 'sources', event.sources);
    if (event.doubtSources) checkCitations('events', event.id, 'doubtSources', event.doubtSources);
    const eventSources = new Set(event.sources.map((c) => c.source));
    event.quotes?.forEach((q, i) => {
      checkSource('events', event.id, `quotes[${i}].source`, q.source);
      if (sourceIds.has(q.source) && !eventSources.has(q.source)) {
        report(
          'events',
          event.id,
          `quotes[${i}].source`,
          `source "${q.source}" is not among the event's sources; cite it in "sources" with the words quoted`,
        );
      }
    });
    const support = [...supportOf(event.sources), ...(event.quotes ?? []).map((q) => q.text)];
    for (const phrase of unsupportedQuotes(event.summary, support)) {
      report('events', event.id, 'summary', `quotes "${phrase}", which is not in the stored words of the event's sources`);
    }
    for (const phrase of unsupportedQuotes(event.doubt, [...support, ...supportOf(event.doubtSources)])) {
      report('events', event.id, 'doubt', `quotes "${phrase}", which is not in the stored words of the event's sources`);
    }
    const stateOnly = onlyStateMedia(event.sources);
    if (stateOnly && !isAttributed(event.summary)) {
      report(
        'events',
        event.id,
        'summary',
        `rests only on state media (${stateOnly.join(', ')}); attribute the claim in the text ("according to …")`,
      );
    }
    event.places.forEach((p, i) => {
      if (!places.has(p.place))
        report('events', event.id, `places[${i}].place`, `refers to place "${p.place}", which is not in data/places.json`);
    });
    if (!inPeriod(event.date, STORY_PERIOD)) {
      report('events', event.id, 'date', `${event.date} is outside the story (${STORY_PERIOD.start} to ${STORY_PERIOD.end})`);
    }
    if (event.turningPoint && !places.has(event.turningPoint.place)) {
      report('events', event.id, 'turningPoint.place', `refers to place "${event.turningPoint.place}", which is not in data/places.json`);
    }
    if (event.talksWeek && !inPeriod(event.date, TALKS_WEEK)) {
      report('events', event.id, 'talksWeek', `only events of ${TALKS_WEEK.start} to ${TALKS_WEEK.end} belong to the week of talks`);
    }
  }

  const eventIds = new Map(data.events.map((e) => [e.id, e]));
  let previousDate = '';
  data['story-steps'].forEach((step, i) => {
    const event = eventIds.get(step.event);
    const record = `step ${i + 1}`;
    if (!event)
      problems.push({
        file: 'data/story-steps.json',
        record,
        field: 'event',
        message: `refers to event "${step.event}", which is not in data/events.json`,
      });
    else if (event.date < previousDate)
      problems.push({
        file: 'data/story-steps.json',
        record,
        field: 'event',
        message: `"${step.event}" (${event.date}) comes before the previous step's date; steps go forward in time`,
      });
    if (event) {
      previousDate = event.date;
      const support = [...supportOf(event.sources), ...(event.quotes ?? []).map((q) => q.text)];
      for (const phrase of unsupportedQuotes(step.text, support)) {
        problems.push({
          file: 'data/story-steps.json',
          record,
          field: 'text',
          message: `quotes "${phrase}", which is not in the stored words of event "${event.id}"'s sources`,
        });
      }
    }
  });

  const line = data['line-of-contact'];
  const settlementIds = new Set(line.settlements.map((s) => s.id));
  line.settlements.forEach((settlement, i) =>
    checkCitations('line-of-contact', settlement.id, `settlements[${i}].sources`, settlement.sources),
  );
  line.vertices.forEach((vertex, i) => {
    for (const id of 'on' in vertex ? [vertex.on] : vertex.between) {
      if (!settlementIds.has(id))
        report('line-of-contact', `vertices[${i}]`, 'settlement', `refers to settlement "${id}", which is not listed`);
    }
  });

  for (const estimate of data.estimates) {
    checkCitations('estimates', estimate.id, 'sources', estimate.sources);
    if (!inPeriod(estimate.date, STORY_PERIOD)) report('estimates', estimate.id, 'date', `${estimate.date} is outside the story`);
    if (estimate.high !== undefined && estimate.high < estimate.low) report('estimates', estimate.id, 'high', 'must not be below "low"');
  }
  return [...checkSources(data), ...problems];
}
