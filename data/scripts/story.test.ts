import {beforeAll, describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {booleanPointInPolygon} from '@turf/boolean-point-in-polygon';
import {point} from '@turf/helpers';
import {buildAll} from './build-data.ts';
import {loadWorldGeography, type WorldGeography} from './geography.ts';
import {lookUpTown, type GazetteerEntry} from './gazetteer.ts';
import {DATA_FILES, type DataFileName} from './raw-types.ts';
import type {Story} from '../../src/data/types.ts';

let story: Story;
let world: WorldGeography;

beforeAll(() => {
  const files = Object.fromEntries(
    DATA_FILES.map((name) => [name, JSON.parse(readFileSync(new URL(`../${name}.json`, import.meta.url), 'utf8')) as unknown]),
  ) as Record<DataFileName, unknown>;
  story = buildAll(files).story;
  world = loadWorldGeography();
});

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
    for (const quote of osce?.quotes ?? []) expect(story.sources[quote.source]?.url).toMatch(/^https:\/\//);
  });

  it('does not place Ryabkov\'s "dead-end" remark in Vienna', () => {
    const remark = story.events.find((e) => e.id === 'ryabkov-dead-end');
    expect(remark?.places).toEqual([]);
    expect(remark?.placeNote).toMatch(/RTVI/);
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
    for (const id of ['novoozerne', 'opuk', 'oktyabrskoye']) {
      expect(story.places.find((p) => p.id === id)?.country).toBe('UA');
      expect(site(id)?.computedDistance).toEqual({insideUkraine: true});
    }
  });

  it('computes distances close to those the sources reported', () => {
    // Sources measured to the site, the build to its pin: agreement within 25 km is expected.
    for (const [id, reported] of [
      ['klimovo', 10],
      ['soloti-valuyki', 15],
      ['yelnya', 250],
      ['kursk', 110],
      ['mozyr', 50],
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

  it('derives first report and departure from the reports', () => {
    expect(site('yelnya')).toMatchObject({firstReported: '2021-11-01', departed: '2022-02-06'});
    expect(site('soloti-valuyki')).toMatchObject({firstReported: '2021-12-13', departed: '2022-02-20'});
    expect(site('boguchar')?.firstReported).toBeUndefined();
  });

  it('marks the unverified sites and says why', () => {
    const unverified = story.places.filter((p) => p.status === 'unverified').map((p) => p.id);
    expect(unverified.sort()).toEqual(['boguchar', 'persianovsky', 'yelsk']);
    for (const id of unverified) expect(story.places.find((p) => p.id === id)?.doubt).toBeTruthy();
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
