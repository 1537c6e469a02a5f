/**
 * Derives the map's geography from Natural Earth (via `world-atlas`, 1:10m admin-0 countries).
 *
 * Natural Earth's default admin-0 layer, and so `world-atlas`, draws Crimea inside Russia. This map
 * shows internationally recognised borders (UN General Assembly resolution 68/262), so the build
 * moves the Crimean polygon from Russia to Ukraine in the topology itself, before anything is
 * merged, meshed or simplified. Everything downstream (fills, borders, distances) then agrees.
 */
import {createRequire} from 'node:module';
import {area} from '@turf/area';
import {bboxClip} from '@turf/bbox-clip';
import {booleanPointInPolygon} from '@turf/boolean-point-in-polygon';
import {cleanCoords} from '@turf/clean-coords';
import {point} from '@turf/helpers';
import polylabel from 'polylabel';
import {feature, merge, mesh, quantize} from 'topojson-client';
import {topology} from 'topojson-server';
import {presimplify, simplify, sphericalTriangleArea} from 'topojson-simplify';
import type {Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position} from 'geojson';
import type {GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Topology} from 'topojson-specification';
import countries from 'i18n-iso-countries';
import type {CountryLabelProperties, CountryProperties, Geography, HeldAreaProperties} from '../../src/story/geography-types.ts';
import type {GeographyTopology} from '../../src/story/geography-topology.ts';
import {REGION_BBOX, STORY_BBOX, type BBox} from '../../src/lib/regions.ts';

type CountriesTopology = Topology<{countries: GeometryCollection<{name: string}>; land: GeometryCollection}>;

/** ISO 3166-1 numeric codes used by Natural Earth. */
const UKRAINE = '804';
const RUSSIA = '643';

/** Simferopol, Crimea's capital (GeoNames): the Crimean polygon is the one that contains it. */
const SIMFEROPOL: [number, number] = [34.11079, 44.95719];

/** Names in the country's own language, shown under the English name for the three main actors. */
const NATIVE_NAMES: Record<string, string> = {UA: 'Україна', RU: 'Россия', BY: 'Беларусь'};

/** Natural Earth names some territories without an ISO code; they keep a stable code of their own. */
const CODES_WITHOUT_ISO: Record<string, string> = {Kosovo: 'XK', 'N. Cyprus': 'CY-N', Somaliland: 'SO-N'};

/**
 * Triangles smaller than this spherical area (steradians) are simplified away: about 0.6 km², which
 * keeps the coastlines and borders of the countries in the story faithful down to zoom 7 (about
 * 1 km per pixel).
 */
const SIMPLIFY_MIN_WEIGHT = 1e-8;

/** The countries the story happens in, drawn at full simplified detail. */
const FOCUS_COUNTRIES = new Set([UKRAINE, RUSSIA, '112', '498']);

/**
 * Arcs of every other country count as this many times smaller, so they are simplified further:
 * readers look at them from afar and they make up most of the bytes.
 */
const BACKGROUND_WEIGHT_FACTOR = 40;

/** Three decimals of a degree is at most about 55 m of rounding: invisible at the map's zooms. */
const COORDINATE_DECIMALS = 3;

/** Grid of the shipped topology: 100,000 steps across the region, about 70 m each. */
const QUANTIZATION = 1e5;

export interface WorldGeography {
  topology: CountriesTopology;
  ukraineGeometry: TopoMultiPolygon<{name: string}>;
  /** Ukraine with Crimea, full resolution, as one dissolved MultiPolygon. */
  ukraine: Feature<MultiPolygon>;
  /** Ukraine's land border with its neighbours, full resolution. */
  ukraineLandBorder: Feature<MultiLineString>;
  crimea: Feature<Polygon>;
  /** Every country at full resolution, keyed by ISO 3166-1 alpha-2 code (or a stand-in code). */
  countriesByIso: Map<string, Feature<Polygon | MultiPolygon, CountryProperties>>;
}

function nameOf(geometry: GeometryObject<{name: string}>): string {
  return (geometry.properties as {name?: string} | undefined)?.name ?? '';
}

/** The GeoJSON shape of one country geometry of `topology`. */
function shapeOf(topology: CountriesTopology, geometry: GeometryObject<{name: string}>): Polygon | MultiPolygon {
  return (feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry;
}

function isoCode(geometry: GeometryObject<{name: string}>): string {
  const numeric = geometry.id === undefined ? undefined : String(geometry.id);
  const iso = numeric ? countries.numericToAlpha2(numeric) : undefined;
  const name = nameOf(geometry);
  return iso ?? CODES_WITHOUT_ISO[name] ?? `NE-${name.replace(/\W+/g, '-')}`;
}

function loadWorldAtlas(): CountriesTopology {
  // A fresh copy each time: the Crimea correction mutates the topology.
  const topology = createRequire(import.meta.url)('world-atlas/countries-10m.json') as CountriesTopology;
  return structuredClone(topology);
}

/**
 * Moves every Russian polygon that contains Simferopol into Ukraine's geometry and returns it.
 * Throws if the source data changes so that no such polygon exists, or if it is already in Ukraine.
 */
export function moveCrimeaToUkraine(topology: CountriesTopology): {ukraine: TopoMultiPolygon<{name: string}>; crimeaArcs: number[][]} {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => String(g.id) === RUSSIA);
  const ukraine = geometries.find((g) => String(g.id) === UKRAINE);
  if (russia?.type !== 'MultiPolygon' || ukraine?.type !== 'MultiPolygon') {
    throw new Error('world-atlas: expected Russia and Ukraine as MultiPolygons; the Crimea correction needs review');
  }
  const isCrimea = (arcs: number[][]) =>
    booleanPointInPolygon(point(SIMFEROPOL), feature(topology, {type: 'Polygon', arcs}) as Feature<Polygon>);
  const crimea = russia.arcs.filter(isCrimea);
  if (crimea.length !== 1 || !crimea[0]) {
    throw new Error(
      `world-atlas: expected one Russian polygon containing Simferopol, found ${crimea.length}; the Crimea correction needs review`,
    );
  }
  russia.arcs = russia.arcs.filter((arcs) => !isCrimea(arcs));
  ukraine.arcs.push(crimea[0]);
  return {ukraine, crimeaArcs: crimea[0]};
}

export function loadWorldGeography(): WorldGeography {
  const topology = loadWorldAtlas();
  const {ukraine: ukraineGeometry, crimeaArcs} = moveCrimeaToUkraine(topology);
  const all = topology.objects.countries;
  const countriesByIso = new Map<string, Feature<Polygon | MultiPolygon, CountryProperties>>();
  for (const geometry of all.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const iso = isoCode(geometry);
    const shape = iso === 'UA' ? merge(topology, [ukraineGeometry]) : shapeOf(topology, geometry);
    countriesByIso.set(iso, {type: 'Feature', properties: {iso, name: nameOf(geometry) || iso}, geometry: shape});
  }
  return {
    topology,
    ukraineGeometry,
    ukraine: {type: 'Feature', properties: {}, geometry: merge(topology, [ukraineGeometry])},
    ukraineLandBorder: {
      type: 'Feature',
      properties: {},
      geometry: mesh(topology, all, (a, b) => a !== b && (a === ukraineGeometry || b === ukraineGeometry)),
    },
    crimea: feature(topology, {type: 'Polygon', arcs: crimeaArcs}) as Feature<Polygon>,
    countriesByIso,
  };
}

const round = (value: number) => Number(value.toFixed(COORDINATE_DECIMALS));

function roundRing(ring: Position[]): Position[] {
  const rounded = ring.map(([x, y]) => [round(x ?? 0), round(y ?? 0)]);
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]?.[0] || p[1] !== rounded[i - 1]?.[1]);
}

/** Clips a polygon to a box and rounds it; null when nothing (or only slivers) remain. */
function clipPolygon(shape: Polygon | MultiPolygon, box: BBox): Polygon | MultiPolygon | null {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const clipped = bboxClip({type: 'Polygon', coordinates: rings}, box).geometry as Polygon;
    const roundedRings = clipped.coordinates.map(roundRing).filter((ring) => ring.length >= 4);
    const [outer] = roundedRings;
    if (outer && area({type: 'Polygon', coordinates: [outer]}) > 1e6) kept.push(roundedRings);
  }
  if (!kept.length) return null;
  return kept.length === 1 && kept[0] ? {type: 'Polygon', coordinates: kept[0]} : {type: 'MultiPolygon', coordinates: kept};
}

function clipLines(shape: MultiLineString, box: BBox): MultiLineString {
  const lines: Position[][] = [];
  for (const line of shape.coordinates) {
    const clipped = bboxClip({type: 'LineString', coordinates: line}, box).geometry as GeoJSON.LineString | MultiLineString;
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const part of parts) {
      const rounded = roundRing(part);
      if (rounded.length >= 2) lines.push(rounded);
    }
  }
  return cleanCoords({type: 'MultiLineString', coordinates: lines}) as MultiLineString;
}

function largestPolygon(shape: Polygon | MultiPolygon): Position[][] {
  if (shape.type === 'Polygon') return shape.coordinates;
  return shape.coordinates.reduce((best, rings) =>
    area({type: 'Polygon', coordinates: rings}) > area({type: 'Polygon', coordinates: best}) ? rings : best,
  );
}

/**
 * The geography the page draws: simplified, clipped to `REGION_BBOX`, rounded. Country labels sit at
 * the pole of inaccessibility of the part of each country inside the first view, so that Russia's
 * label lands between Moscow and Ukraine rather than in Siberia.
 */
export function buildGeography(world: WorldGeography, heldArea: Feature<Polygon | MultiPolygon, HeldAreaProperties>): Geography {
  const weighted = presimplify(structuredClone(world.topology), sphericalTriangleArea) as CountriesTopology;
  deemphasiseBackground(weighted);
  const simplified = simplify(weighted, SIMPLIFY_MIN_WEIGHT) as CountriesTopology;
  const all = simplified.objects.countries;
  const ukraineGeometry = all.geometries.find((g) => String(g.id) === UKRAINE);
  if (ukraineGeometry?.type !== 'MultiPolygon') throw new Error('world-atlas: Ukraine disappeared during simplification');

  const countryFeatures: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  const labels: Feature<GeoJSON.Point, CountryLabelProperties>[] = [];
  for (const geometry of all.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const iso = isoCode(geometry);
    const name = nameOf(geometry) || iso;
    const shape = iso === 'UA' ? merge(simplified, [ukraineGeometry]) : shapeOf(simplified, geometry);
    const clipped = clipPolygon(shape, REGION_BBOX);
    if (!clipped) continue;
    countryFeatures.push({type: 'Feature', properties: {iso, name}, geometry: clipped});
    const inView = clipPolygon(shape, STORY_BBOX);
    const [x = 0, y = 0] = polylabel(largestPolygon(inView ?? clipped) as [number, number][][], 0.01);
    const nativeName = NATIVE_NAMES[iso];
    // Rank by the area inside the first view: the countries a reader sees first are named first.
    const visibleArea = inView ? area({type: 'Feature', properties: {}, geometry: inView}) : 0;
    labels.push({
      type: 'Feature',
      properties: {iso, name, ...(nativeName ? {nativeName} : {}), rank: visibleArea},
      geometry: {type: 'Point', coordinates: [round(x), round(y)]},
    });
  }
  labels.sort((a, b) => b.properties.rank - a.properties.rank).forEach((label, i) => (label.properties.rank = i));

  const borders = (filter: (a: GeometryObject, b: GeometryObject) => boolean, ukraine: boolean) => ({
    type: 'Feature' as const,
    properties: {ukraine},
    geometry: clipLines(mesh(simplified, all, filter), REGION_BBOX),
  });
  const isUkraine = (g: GeometryObject) => g === ukraineGeometry;
  const crimea = clipPolygon(
    feature(simplified, {type: 'Polygon', arcs: findCrimeaArcs(world, simplified)}).geometry as Polygon,
    REGION_BBOX,
  );
  if (!crimea) throw new Error('Crimea fell outside the region');
  // The held areas are drawn over Ukraine's fill like Crimea, from the full-resolution outline: their
  // edge along Russia may differ from the simplified border by less than a pixel at the map's zooms.
  const held = clipPolygon(heldArea.geometry, REGION_BBOX);
  if (!held) throw new Error('The areas held since 2014 fell outside the region');

  return {
    bbox: REGION_BBOX,
    countries: {type: 'FeatureCollection', features: countryFeatures} satisfies FeatureCollection,
    borders: {
      type: 'FeatureCollection',
      features: [
        borders((a, b) => a !== b && !isUkraine(a) && !isUkraine(b), false),
        borders((a, b) => a !== b && (isUkraine(a) || isUkraine(b)), true),
      ],
    },
    crimea: {type: 'Feature', properties: {name: 'Crimea'}, geometry: crimea},
    heldSince2014: {type: 'Feature', properties: {...heldArea.properties}, geometry: held},
    countryLabels: {type: 'FeatureCollection', features: labels},
  };
}

/** Simplification keeps arc indices, so the Crimean polygon is the same arcs in both topologies. */
function findCrimeaArcs(world: WorldGeography, simplified: CountriesTopology): number[][] {
  const ukraine = simplified.objects.countries.geometries.find((g) => String(g.id) === UKRAINE);
  const crimea = ukraine?.type === 'MultiPolygon' ? ukraine.arcs.at(-1) : undefined;
  const expected = world.ukraineGeometry.arcs.at(-1);
  if (!crimea || JSON.stringify(crimea) !== JSON.stringify(expected)) throw new Error('Crimea arcs changed during simplification');
  return crimea;
}

/** Scales down the simplification weights of arcs that no focus country uses (see `FOCUS_COUNTRIES`). */
function deemphasiseBackground(topology: CountriesTopology): void {
  const focusArcs = new Set<number>();
  const collect = (arcs: unknown): void => {
    if (typeof arcs === 'number') focusArcs.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(collect);
  };
  for (const geometry of topology.objects.countries.geometries) {
    if (FOCUS_COUNTRIES.has(String(geometry.id)) && 'arcs' in geometry) collect(geometry.arcs);
  }
  topology.arcs.forEach((arc, index) => {
    if (focusArcs.has(index)) return;
    for (const position of arc) if (position[2] !== undefined && Number.isFinite(position[2])) position[2] /= BACKGROUND_WEIGHT_FACTOR;
  });
}

/** Encodes the geography as a quantized TopoJSON topology for the page (see `decodeGeography`). */
export function encodeGeography(geography: Geography): GeographyTopology {
  const objects = {
    countries: geography.countries,
    borders: geography.borders,
    crimea: {type: 'FeatureCollection', features: [geography.crimea]},
    heldSince2014: {type: 'FeatureCollection', features: [geography.heldSince2014]},
    countryLabels: geography.countryLabels,
  };
  const encoded = quantize(topology(objects as Parameters<typeof topology>[0]) as unknown as Parameters<typeof quantize>[0], QUANTIZATION);
  return {...encoded, bbox: geography.bbox} as unknown as GeographyTopology;
}
