/**
 * The geography travels as TopoJSON: shared borders are stored once and coordinates are quantized
 * and delta-encoded, about a third of the bytes of the same GeoJSON. The page decodes it once.
 */
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {CountryLabelProperties, CountryProperties, Geography, HeldAreaProperties} from './geography-types.ts';

export type GeographyTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  borders: GeometryCollection<{ukraine: boolean}>;
  crimea: GeometryCollection<{name: string}>;
  heldSince2014: GeometryCollection<HeldAreaProperties>;
  countryLabels: GeometryCollection<CountryLabelProperties>;
}> & {bbox: Geography['bbox']};

export function decodeGeography(topology: GeographyTopology): Geography {
  const crimea = feature(topology, topology.objects.crimea).features[0];
  if (!crimea) throw new Error('geography: the Crimea object is empty');
  const held = topology.objects.heldSince2014 ? feature(topology, topology.objects.heldSince2014).features[0] : undefined;
  if (!held) throw new Error('geography: the areas held since 2014 are missing');
  return {
    bbox: topology.bbox,
    countries: feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
    borders: feature(topology, topology.objects.borders) as FeatureCollection<MultiLineString, {ukraine: boolean}>,
    crimea: crimea as Feature<Polygon | MultiPolygon, {name: string}>,
    heldSince2014: held as Feature<Polygon | MultiPolygon, HeldAreaProperties>,
    countryLabels: feature(topology, topology.objects.countryLabels) as FeatureCollection<Point, CountryLabelProperties>,
  };
}
