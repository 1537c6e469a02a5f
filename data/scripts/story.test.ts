import {beforeAll, describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {booleanPointInPolygon} from '@turf/boolean-point-in-polygon';
import {point} from '@turf/helpers';
import {buildAll} from './build-data.ts';
import {loadWorldGeography, type WorldGeography} from './geography.ts';
import {lookUpTown, type GazetteerEntry} from './gazetteer.ts';
import {DATA_FILES, type DataFileName} from './raw-types.ts';
import type {Story} from '../../src/story/types.ts';
import type {Geography} from '../../src/story/geography-types.ts';
import {createStoryIndex} from '../../src/state/story-index.ts';
import {playbackTimeTo} from '../../src/timeline/playback.ts';
import {addDays} from '../../src/lib/dates.ts';

let story: Story;
let geography: Geography;
let world: WorldGeography;

beforeAll(() => {
  const files = Object.fromEntries(
    DATA_FILES.map((name) => [name, JSON.parse(readFileSync(new URL(`../${name}.json`, import.meta.url), 'utf8')) as unknown]),
  ) as Record<DataFileName, unknown>;
  ({story, geography} = buildAll(files));
  world = loadWorldGeography();
}, 120_000);

const site = (id: string) => story.sites.find((s) => s.id === id);

describe('the project data', () => {
  it('has the four meeting places of the week, with Rome on the side', () => {
    const week = story.events.filter((e) => e.talksWeek);
    const byId = Object.fromEntries(week.map((e) => [e.id, e]));
    expect(byId['geneva-strategic-stability-dialogue']).toMatchObject({date: '2022-01-10', talksWeek: 'session'});
    expect(byId['nato-russia-council']).toMatchObject({date: '2022-01-12', talksWeek: 'session'});
    expect(byId['osce-permanent-council']).toMatchObject({date: '2022-01-13', talksWeek: 'session'});
    expect(byId['rome-baerbock-di-maio']).toMatchObject({date: '2022-01-10', talksWeek: 'related'});
    expect(week.filter((e) => e.talksWeek === 'session')).toHaveLength(3);
  });

  it('keeps the OSCE quotes with their speakers and sources', () => {
    const osce = story.events.find((e) => e.id === 'osce-permanent-council');
    expect(osce?.quotes?.map((q) => q.speaker)).toEqual(['Zbigniew Rau', 'Michael Carpenter']);
    for (const quote of osce?.quotes ?? []) expect(story.sources[quote.source]?.url).toMatch(/^https?:\/\//);
  });

  it("does not place Ryabkov's remarks in Vienna", () => {
    for (const id of ['ryabkov-dead-end', 'ryabkov-cuba-venezuela']) {
      const remark = story.events.find((e) => e.id === id);
      expect(remark?.places, id).toEqual([]);
      expect(remark?.placeNote, id).toMatch(/RTVI/);
    }
  });

  it("links every source to its publisher's page and labels state media", () => {
    for (const source of Object.values(story.sources)) {
      expect(source.url, source.id).toMatch(/^https?:\/\//);
      expect(source.published, source.id).toMatch(/^\d{4}-\d{2}/);
    }
    expect(story.sources['sputnik-draft-agreements']?.stateMedia).toBe('Russian state media');
    expect(story.sources['ukrinform-cit-klintsy']?.stateMedia).toBe('Ukrainian state media');
    expect(story.sources['reuters-maxar-feb20']).toMatchObject({
      publisher: 'Reuters',
      readVia: expect.stringMatching(/^https:\/\/cde\.news\//) as unknown,
    });
  });

  it('has the turning points of 12–24 February', () => {
    const ids = story.events.filter((e) => e.date >= '2022-02-12').map((e) => e.id);
    for (const id of [
      'biden-putin-call-feb-12',
      'russia-says-troops-return',
      'nato-no-withdrawal',
      'smm-ceasefire-violations-rise',
      'separatist-evacuation',
      'recognition-dpr-lpr',
      'federation-council-force-abroad',
      'full-scale-invasion',
    ]) {
      expect(ids).toContain(id);
    }
    const steps = story.storySteps.length;
    expect(steps).toBeGreaterThanOrEqual(16);
    expect(steps).toBeLessThanOrEqual(22);
  });

  it('puts every located place inside the country it claims', () => {
    const located = story.places.filter((p) => p.position);
    expect(located.length).toBeGreaterThan(30);
    for (const place of located) {
      const country = world.countriesByIso.get(place.country);
      expect(country, place.id).toBeDefined();
      const where = point([place.position?.lon ?? 0, place.position?.lat ?? 0]);
      expect(booleanPointInPolygon(where, country!), `${place.id} should be in ${place.country}`).toBe(true);
    }
  });

  it('records Crimean sites as inside Ukraine', () => {
    for (const id of ['opuk', 'oktyabrskoye']) expect(story.places.find((p) => p.id === id)?.country).toBe('UA');
    expect(site('opuk')?.computedDistance).toEqual({insideUkraine: true});
  });

  it('draws the areas held since 2014 around Donetsk and Luhansk but not Mariupol or Kramatorsk', () => {
    const held = geography.heldSince2014;
    expect(held?.properties).toMatchObject({name: 'Held by Russia-backed forces since 2014', precisionKm: 15});
    const inside = (lonLat: [number, number]) => booleanPointInPolygon(point(lonLat), held!);
    // GeoNames town points.
    expect(inside([37.80224, 48.023])).toBe(true); // Donetsk
    expect(inside([39.30553, 48.56814])).toBe(true); // Luhansk
    expect(inside([37.54131, 47.09514])).toBe(false); // Mariupol
    expect(inside([37.56779, 48.73106])).toBe(false); // Kramatorsk
    expect(inside([34.11079, 44.95719])).toBe(false); // Simferopol: Crimea is drawn on its own
    for (const vertex of story.heldSince2014?.vertices ?? []) expect(vertex.toleranceKm).toBeLessThanOrEqual(15);
  });

  it('computes distances close to those the sources reported', () => {
    // Sources measured to the site, the build to its pin: agreement within 25 km is expected.
    for (const [id, reported] of [
      ['klimovo', 10],
      ['soloti-valuyki', 15],
      ['yelnya', 250],
      ['gomel-zyabrovka', 25],
    ] as const) {
      const distance = site(id)?.computedDistance;
      expect(distance?.insideUkraine, id).toBe(false);
      if (distance && !distance.insideUkraine) expect(Math.abs(distance.km - reported), id).toBeLessThanOrEqual(25);
    }
  });

  it('orders the distances of nearby sites as the sources did', () => {
    const km = (id: string) => {
      const d = site(id)?.computedDistance;
      return d && !d.insideUkraine ? d.km : NaN;
    };
    expect(km('klimovo')).toBeLessThan(km('klintsy'));
    expect(km('klintsy')).toBeLessThan(km('kursk'));
    expect(km('kursk')).toBeLessThan(km('yelnya'));
  });

  it('draws moves towards Ukraine and claims as such, not as departures', () => {
    expect(site('yelnya')).toMatchObject({firstReported: '2021-11-01'});
    expect(site('yelnya')?.departed).toBeUndefined();
    expect(site('yelnya')?.reports.find((r) => r.kind === 'moved')).toMatchObject({
      date: '2022-02-06',
      movedTo: expect.stringMatching(/Bryansk/) as unknown,
    });
    expect(site('soloti-valuyki')?.reports.find((r) => r.kind === 'moved')?.date).toBe('2022-02-20');
    expect(site('soloti-valuyki')?.departed).toBeUndefined();
    expect(site('brest')?.reports.find((r) => r.kind === 'claim')).toMatchObject({claimBy: "Russia's Defence Ministry"});
    expect(site('brest')?.departed).toBeUndefined();
  });

  it('shows Yelsk as reported', () => {
    expect(story.places.find((p) => p.id === 'yelsk')?.status).toBe('verified');
    expect(site('yelsk')?.firstReported).toBe('2022-02-06');
  });

  it('sorts events by date', () => {
    const dates = story.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('lookUpTown', () => {
  const entries: GazetteerEntry[] = [
    {name: 'Rechytsa', lat: '52.3617', lng: '30.3916', country: 'BY', admin1: '02'},
    {name: 'Rechytsa', lat: '51.85925', lng: '26.78448', country: 'BY', admin1: '01'},
  ];

  it('refuses an ambiguous name and says how to choose', () => {
    const result = lookUpTown({name: 'Rechytsa', country: 'BY'}, entries);
    expect(result).toEqual({ok: false, message: expect.stringMatching(/2 towns named "Rechytsa" in BY; add "admin1"/) as unknown});
  });

  it('finds the one the region code chooses', () => {
    expect(lookUpTown({name: 'Rechytsa', country: 'BY', admin1: '02'}, entries)).toEqual({ok: true, lat: 52.3617, lon: 30.3916});
  });

  it('refuses a name GeoNames does not have', () => {
    expect(lookUpTown({name: 'Atlantis', country: 'BY'}, entries)).toEqual({
      ok: false,
      message: 'GeoNames has no town named "Atlantis" in BY',
    });
  });
});

describe('playback of the project data', () => {
  it('reaches the week of talks in about ten seconds and the invasion in about a minute', () => {
    const index = createStoryIndex(story);
    const toTalks = playbackTimeTo(index, index.talksWeek[0]!.date);
    const toEnd = playbackTimeTo(index, addDays(index.story.period.end, 1));
    expect(toTalks).toBeGreaterThan(7_000);
    expect(toTalks).toBeLessThan(14_000);
    expect(toEnd).toBeGreaterThan(35_000);
    expect(toEnd).toBeLessThan(75_000);
  });
});
