/**
 * What the map's overlay draws for a view, as a pure function of the projected positions: the
 * symbols (sites, meeting places, cities, turning points), the rings of approximate positions, and
 * labels placed so that none overlaps another label, a symbol or a box kept free (the inset, the
 * estimate, the map's controls). Both maps, SVG and WebGL, are drawn under the same overlay, so
 * they show the same symbols and labels in the same places. Tested without a browser.
 */
import type {FeatureCollection, MultiPolygon, Point, Polygon} from 'geojson';
import type {CountryLabelProperties} from '../story/geography-types.ts';
import {placeLabels, type Anchor, type Box, type LabelCandidate} from '../lib/label-placement.ts';
import {insideRings} from '../lib/point-in-rings.ts';
import type {SiteStatus} from '../state/selectors.ts';
import {siteStatusOnDay, SITE_RADIUS, type DatedMapContent, type StaticMapContent} from './map-features.ts';

/** Label sizes, px, before the presentation layout's scale: never under 12. */
export const LABEL_SIZES = {country: 13, countryNative: 12, capital: 13, city: 12, site: 13, detail: 12, venue: 13, note: 13} as const;

/** Countries always named: the story's own. Others are named by area in view, when there is room. */
export const STORY_COUNTRIES = ['UA', 'RU', 'BY'];
/** How many other countries are named at most (the largest in view). */
const OTHER_COUNTRIES = 6;
/**
 * Countries ranked below this by their area in the story's frame are never named: microstates,
 * enclaves and bases (San Marino, Dhekelia) would crowd out the places of the story.
 */
const LAST_NAMED_RANK = 10;
/** Kyiv is always named. */
const ALWAYS_NAMED = new Set(['kyiv']);
/** Turning-point notes come after the names that are always shown: Kyiv (0), then the story's countries. */
const NOTE_PRIORITY = 2;
/** Strength figures join a site's label only where the map is this wide. */
const DETAIL_WIDTH = 560;

export type FontWeight = 400 | 600 | 700;
/** Width of `text` at `size` px and `weight`, with `spacing` em of letter spacing. */
export type Measure = (text: string, size: number, weight: FontWeight, spacing?: number) => number;

export interface OverlayInput {
  width: number;
  height: number;
  project: (lon: number, lat: number) => {x: number; y: number};
  /** Pixels per kilometre at a latitude, for rings of a given size on the ground. */
  pxPerKm: (lat: number) => number;
  content: StaticMapContent;
  dated: DatedMapContent;
  day: number;
  countryLabels: FeatureCollection<Point, CountryLabelProperties>;
  /** The shapes of the story's countries, by ISO code: their names may move anywhere inside them. */
  countryShapes?: ReadonlyMap<string, Polygon | MultiPolygon>;
  /** Boxes labels keep clear of. */
  reserved: readonly Box[];
  labelScale: number;
  measure: Measure;
}

export interface OverlaySymbol {
  kind: 'site' | 'venue' | 'city' | 'turning-point';
  id: string;
  x: number;
  y: number;
  /** Half-size, px. */
  r: number;
  status?: SiteStatus;
  /** A report about the site is dated the day shown. */
  isNew?: boolean;
  capital?: boolean;
}

export interface OverlayRing {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface OverlayLine {
  text: string;
  size: number;
  weight: FontWeight;
}

export interface OverlayText {
  id: string;
  kind: 'country' | 'site' | 'venue' | 'city' | 'note';
  anchor: Anchor;
  box: Box;
  lines: OverlayLine[];
  muted?: boolean;
}

export interface OverlayLayout {
  rings: OverlayRing[];
  symbols: OverlaySymbol[];
  texts: OverlayText[];
}

/** Letter spacing of country names, em. */
export const COUNTRY_SPACING = 0.12;
/** Radius of a turning point's ring, px. */
const TURNING_RING = 9;

/** Splits `text` into lines no wider than `maxWidth`, at spaces. */
export function wrap(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A label to place, as the layout describes it: the text's kind, weights and letter spacing. */
type Candidate = Omit<LabelCandidate, 'widths'> & {kind: OverlayText['kind']; weights: FontWeight[]; muted?: boolean; spacing?: number};

export function layoutOverlay(input: OverlayInput): OverlayLayout {
  const {width, height, project, day, labelScale, measure} = input;
  const scale = (size: number) => size * labelScale;
  const onScreen = ({x, y}: {x: number; y: number}) => x >= -40 && y >= -40 && x <= width + 40 && y <= height + 40;
  const rings: OverlayRing[] = [];
  const symbols: OverlaySymbol[] = [];
  const candidates: (LabelCandidate & {kind: OverlayText['kind']; weights: FontWeight[]; muted?: boolean})[] = [];
  const candidate = (c: Candidate) => {
    const sizes = c.lines.map((_, i) => (i === 0 ? c.size : (c.secondarySize ?? c.size)));
    candidates.push({...c, widths: c.lines.map((line, i) => measure(line, sizes[i]!, c.weights[i] ?? 400, c.spacing))});
  };

  /** Places ringed as turning points: their own labels sit outside the ring. */
  const ringed = new Map<string, number>();
  const noteSize = scale(LABEL_SIZES.note);
  // A note takes at most about half the map's width, in as many lines as that needs.
  const noteWidth = Math.max(140, Math.min(320, width * 0.45));
  for (const mark of input.content.turningPoints) {
    if (mark.day > day) continue;
    const at = project(mark.lon, mark.lat);
    if (!onScreen(at)) continue;
    symbols.push({kind: 'turning-point', id: mark.id, ...at, r: TURNING_RING});
    ringed.set(`${Math.round(at.x)},${Math.round(at.y)}`, TURNING_RING);
    const lines = wrap(`${mark.when}: ${mark.note}`, noteWidth, (text) => measure(text, noteSize, 700));
    const note = {id: `note-${mark.id}`, kind: 'note' as const, ...at, size: noteSize, offset: TURNING_RING + 4};
    // After Kyiv and the story's country names (a note must not take their place), before the
    // rest; where the whole note does not fit (a phone), its date alone marks the ring.
    candidate({...note, lines, weights: lines.map(() => 700), priority: NOTE_PRIORITY});
    candidate({...note, lines: [mark.when], weights: [700], priority: NOTE_PRIORITY + 0.5});
  }
  /** How far a label keeps from its point: outside its symbol, and outside a ring drawn there. */
  const offsetAt = (at: {x: number; y: number}, r: number) => Math.max(r, ringed.get(`${Math.round(at.x)},${Math.round(at.y)}`) ?? 0) + 3;

  for (const site of input.content.sites.features) {
    const p = site.properties;
    const status = siteStatusOnDay(p, day);
    if (!status) continue;
    const [lon = 0, lat = 0] = site.geometry.coordinates;
    const at = project(lon, lat);
    if (!onScreen(at)) continue;
    if (p.precisionKm > 0) rings.push({id: p.id, ...at, r: p.precisionKm * input.pxPerKm(lat)});
    symbols.push({kind: 'site', id: p.id, ...at, r: SITE_RADIUS, status, isNew: p.reportDays.includes(day)});
    const current = p.strengthDay <= day && day < p.strengthUntilDay && status === 'active';
    const detail = current && p.detail && width >= DETAIL_WIDTH ? [p.detail] : [];
    const unverified = status === 'unverified' ? ['(unverified)'] : [];
    const priority = status === 'active' ? (p.reportDays.includes(day) ? 8 : 10) : 60;
    const label = {
      id: p.id,
      kind: 'site' as const,
      ...at,
      weights: [600, 400, 400] as FontWeight[],
      size: scale(LABEL_SIZES.site),
      secondarySize: scale(LABEL_SIZES.detail),
      offset: offsetAt(at, SITE_RADIUS),
      muted: status !== 'active',
    };
    candidate({...label, lines: [p.name, ...detail, ...unverified], priority});
    // Where the figure does not fit, the name alone, after the other sites' full labels.
    if (detail.length) candidate({...label, lines: [p.name, ...unverified], priority: priority + 5});
  }

  for (const city of input.dated.cities.features) {
    const [lon = 0, lat = 0] = city.geometry.coordinates;
    const at = project(lon, lat);
    if (!onScreen(at)) continue;
    const {id, name, capital} = city.properties;
    const r = capital ? 3.5 : 2.5;
    symbols.push({kind: 'city', id, ...at, r, capital: Boolean(capital)});
    candidate({
      id,
      kind: 'city',
      ...at,
      lines: [name],
      weights: [capital ? 600 : 400],
      size: scale(capital ? LABEL_SIZES.capital : LABEL_SIZES.city),
      offset: offsetAt(at, r),
      priority: ALWAYS_NAMED.has(id) ? 0 : capital ? 30 : 40,
    });
  }

  for (const venue of input.dated.venues.features) {
    if (venue.properties.inset) continue;
    const [lon = 0, lat = 0] = venue.geometry.coordinates;
    const at = project(lon, lat);
    if (!onScreen(at)) continue;
    const {id, name, venue: where, today} = venue.properties;
    symbols.push({kind: 'venue', id, ...at, r: 7});
    candidate({
      id,
      kind: 'venue',
      ...at,
      lines: today && where ? [name, where] : [name],
      weights: [700, 400],
      size: scale(LABEL_SIZES.venue),
      secondarySize: scale(LABEL_SIZES.detail),
      offset: offsetAt(at, 7),
      priority: ALWAYS_NAMED.has(id) ? 0 : today ? 3 : 20,
    });
  }

  const others = input.countryLabels.features
    .filter((c) => !STORY_COUNTRIES.includes(c.properties.iso) && c.properties.rank <= LAST_NAMED_RANK)
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .slice(0, OTHER_COUNTRIES);
  for (const country of [...input.countryLabels.features.filter((c) => STORY_COUNTRIES.includes(c.properties.iso)), ...others]) {
    const [lon = 0, lat = 0] = country.geometry.coordinates;
    const at = project(lon, lat);
    const {iso, name, nativeName, rank} = country.properties;
    const story = STORY_COUNTRIES.includes(iso);
    const label: Omit<Candidate, 'lines' | 'priority'> = {
      id: `country-${iso}`,
      kind: 'country',
      ...at,
      weights: [story ? 600 : 400, 400],
      spacing: COUNTRY_SPACING,
      size: scale(LABEL_SIZES.country),
      secondarySize: scale(LABEL_SIZES.countryNative),
      offset: 0,
      centred: true,
    };
    const shape = story ? input.countryShapes?.get(iso) : undefined;
    if (shape) label.within = withinShape(shape, project);
    candidate({...label, lines: [name.toUpperCase(), ...(nativeName ? [nativeName] : [])], priority: story ? 0.2 : 50 + rank});
    // Where the name in its own script does not fit, the story's countries keep the English one.
    if (story && nativeName) candidate({...label, lines: [name.toUpperCase()], priority: 0.5});
  }

  const obstacles: Box[] = [...input.reserved, ...symbols.map(({x, y, r}) => ({x0: x - r, y0: y - r, x1: x + r, y1: y + r}))];
  const texts = placeLabels(candidates, {width, height}, obstacles).map((placed): OverlayText => {
    const c = candidates[placed.index]!;
    return {
      id: placed.id,
      kind: c.kind,
      anchor: placed.anchor,
      box: placed.box,
      lines: c.lines.map((text, i) => ({text, size: i === 0 ? c.size : (c.secondarySize ?? c.size), weight: c.weights[i] ?? 400})),
      ...(c.muted ? {muted: true} : {}),
    };
  });
  return {rings, symbols, texts};
}

/**
 * A test of whether a point of the map is inside `shape`, projecting the shape when first asked.
 * The test is asked for many positions of a name: the rings keep a point every 2 px or so (finer
 * than a label needs), and a ring whose box does not hold the point is skipped.
 */
function withinShape(shape: Polygon | MultiPolygon, project: OverlayInput['project']): (x: number, y: number) => boolean {
  let rings: {points: [number, number][]; box: Box}[] | null = null;
  const projectRing = (ring: readonly (readonly number[])[]) => {
    const points: [number, number][] = [];
    const box = {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
    for (const [lon = 0, lat = 0] of ring) {
      const {x, y} = project(lon, lat);
      const last = points.at(-1);
      if (last && Math.abs(x - last[0]) < 2 && Math.abs(y - last[1]) < 2) continue;
      points.push([x, y]);
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
    return {points, box};
  };
  return (x, y) => {
    rings ??= (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).flatMap((polygon) => polygon.map(projectRing));
    // Even-odd over the rings that could hold the point (one that cannot adds no crossing).
    return insideRings(
      rings.filter(({box}) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1).map(({points}) => points),
      x,
      y,
    );
  };
}
