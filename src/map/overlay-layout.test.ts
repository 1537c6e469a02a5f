import {describe, expect, it} from 'vitest';
import type {FeatureCollection, Point} from 'geojson';
import type {CountryLabelProperties} from '../story/geography-types.ts';
import {boxesOverlap} from '../lib/label-placement.ts';
import {createStoryIndex} from '../state/story-index.ts';
import {testStory} from '../state/test-story.ts';
import {datedMapContent, dayOf, staticMapContent} from './map-features.ts';
import {layoutOverlay, type OverlayInput} from './overlay-layout.ts';

const story = testStory();
story.places.push({
  id: 'kyiv',
  kind: 'city',
  name: 'Kyiv',
  country: 'UA',
  capital: true,
  position: {lat: 50.45, lon: 30.52, method: 'gazetteer'},
  status: 'verified',
  inRegion: true,
});
story.events.push({
  id: 'invasion',
  date: '2022-02-24',
  kind: 'decision',
  title: 'Invasion',
  turningPoint: {name: 'Invasion', note: 'Russia launches a full-scale invasion', place: 'kyiv'},
  places: [{place: 'kyiv'}],
  summary: 'S.',
  sources: [{source: 's'}],
});
const index = createStoryIndex(story);
const countries: FeatureCollection<Point, CountryLabelProperties> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {iso: 'UA', name: 'Ukraine', nativeName: 'Україна', rank: 0},
      geometry: {type: 'Point', coordinates: [31, 49]},
    },
    {type: 'Feature', properties: {iso: 'RU', name: 'Russia', rank: 1}, geometry: {type: 'Point', coordinates: [38, 53]}},
    {type: 'Feature', properties: {iso: 'SM', name: 'San Marino', rank: 40}, geometry: {type: 'Point', coordinates: [24, 45]}},
  ],
};

/** A plain equirectangular view of the story's ground, 20 px a degree. */
function input(date: string, patch: Partial<OverlayInput> = {}): OverlayInput {
  return {
    width: 600,
    height: 300,
    project: (lon, lat) => ({x: (lon - 20) * 20, y: (56 - lat) * 20}),
    pxPerKm: () => 0.2,
    content: staticMapContent(index),
    dated: datedMapContent(index, date),
    day: dayOf(index, date),
    countryLabels: countries,
    reserved: [],
    labelScale: 1,
    measure: (text, size) => text.length * size * 0.6,
    ...patch,
  };
}

describe('layoutOverlay', () => {
  it('places no label over another label or over a symbol', () => {
    const layout = layoutOverlay(input('2022-02-24'));
    const symbols = layout.symbols.map(({x, y, r}) => ({x0: x - r, y0: y - r, x1: x + r, y1: y + r}));
    for (const [i, a] of layout.texts.entries()) {
      for (const b of layout.texts.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
      for (const s of symbols) expect(boxesOverlap(a.box, s), a.id).toBe(false);
    }
  });

  it('keeps every label at 12 px or more, and larger when presenting', () => {
    const sizes = (scale: number) =>
      layoutOverlay(input('2022-02-24', {labelScale: scale})).texts.flatMap((t) => t.lines.map((l) => l.size));
    expect(Math.min(...sizes(1))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...sizes(1.6))).toBeGreaterThanOrEqual(19);
  });

  it('always names Kyiv and the story’s countries, and never a microstate', () => {
    for (const date of ['2022-01-13', '2022-02-24']) {
      const ids = layoutOverlay(input(date)).texts.map((t) => t.id);
      expect(ids, date).toEqual(expect.arrayContaining(['kyiv', 'country-UA', 'country-RU']));
      expect(ids, date).not.toContain('country-SM');
    }
  });

  it('on a phone, a turning point’s note gives way to Ukraine’s name and to Kyiv, and keeps at least its date', () => {
    // 16 px a degree, 340 px wide: the invasion note at Kyiv would cover where UKRAINE is written.
    const phone = input('2022-02-24', {width: 340, height: 300, project: (lon, lat) => ({x: (lon - 20) * 16, y: (56 - lat) * 16})});
    const texts = new Map(layoutOverlay(phone).texts.map((t) => [t.id, t.lines.map((l) => l.text).join(' ')]));
    expect([...texts.keys()]).toEqual(expect.arrayContaining(['kyiv', 'country-UA', 'country-RU', 'note-invasion']));
    expect(texts.get('note-invasion')).toMatch(/^24 Feb/);
  });

  it('marks a turning point from its day on', () => {
    expect(layoutOverlay(input('2022-02-23')).texts.map((t) => t.id)).not.toContain('note-invasion');
    const after = layoutOverlay(input('2022-02-24'));
    const note = after.texts.find((t) => t.id === 'note-invasion');
    expect(note?.lines.map((l) => l.text).join(' ')).toBe('24 Feb: Russia launches a full-scale invasion');
    expect(after.symbols.some((s) => s.kind === 'turning-point')).toBe(true);
  });

  it('keeps labels out of the boxes kept free', () => {
    const reserved = [{x0: 0, y0: 0, x1: 600, y1: 150}];
    for (const text of layoutOverlay(input('2022-01-13', {reserved})).texts) expect(text.box.y0).toBeGreaterThanOrEqual(150);
  });
});
