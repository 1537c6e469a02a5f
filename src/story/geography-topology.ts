/**
 * The geography travels as TopoJSON: shared borders are stored once and coordinates are quantized
 * and delta-encoded, about a third of the bytes of the same GeoJSON. The page decodes it once,
 * feature by feature, letting the browser in between (`pause`): decoded at once it was one of the
 * longest tasks of a phone's start.
 */
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point, Polygon} from 'geojson';
import type {GeometryCollection, GeometryObject, Topology} from 'topojson-specification';
import type {CountryLabelProperties, CountryProperties, Geography, HeldAreaProperties} from './geography-types.ts';
import type {Pause} from '../lib/yield-to-main.ts';

export type GeographyTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  borders: GeometryCollection<{ukraine: boolean}>;
  crimea: GeometryCollection<{name: string}>;
  heldSince2014: GeometryCollection<HeldAreaProperties>;
  countryLabels: GeometryCollection<CountryLabelProperties>;
}> & {bbox: Geography['bbox']};

/** The features of a collection, decoded one at a time (as `topojson-client` would, all at once). */
async function featuresOf<G extends Geometry, P extends object>(
  topology: GeographyTopology,
  name: keyof GeographyTopology['objects'],
  pause: Pause,
): Promise<FeatureCollection<G, P>> {
  const collection = topology.objects[name] as GeometryCollection<P> | undefined;
  if (!Array.isArray(collection?.geometries)) throw new Error(`geography: the ${name} object is missing`);
  const features: Feature<G, P>[] = [];
  for (const geometry of collection.geometries) {
    features.push(feature(topology, geometry as GeometryObject<P>) as Feature<G, P>);
    await pause();
  }
  return {type: 'FeatureCollection', features};
}

export async function decodeGeography(topology: GeographyTopology, pause: Pause = async () => {}): Promise<Geography> {
  const crimea = (await featuresOf<Polygon | MultiPolygon, {name: string}>(topology, 'crimea', pause)).features[0];
  if (!crimea) throw new Error('geography: the Crimea object is empty');
  const held = (await featuresOf<Polygon | MultiPolygon, HeldAreaProperties>(topology, 'heldSince2014', pause)).features[0];
  if (!held) throw new Error('geography: the areas held since 2014 are missing');
  return {
    bbox: topology.bbox,
    countries: await featuresOf<Polygon | MultiPolygon, CountryProperties>(topology, 'countries', pause),
    borders: await featuresOf<MultiLineString, {ukraine: boolean}>(topology, 'borders', pause),
    crimea,
    heldSince2014: held,
    countryLabels: await featuresOf<Point, CountryLabelProperties>(topology, 'countryLabels', pause),
  };
}
