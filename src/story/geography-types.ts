/**
 * Types of the geography the page loads (`public/data/geography.json`, decoded from TopoJSON) and
 * of how the areas held since 2014 were drawn (written into `story.json`).
 */
import type {Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon} from 'geojson';
import type {Citation} from './types.ts';

/** A settlement that places the pre-2022 line of contact, with the side sources put it on. */
export interface LineSettlement {
  name: string;
  /** `held`: held by Russia-backed forces; `government`: held by Ukraine's government; `line`: on the line. */
  side: 'held' | 'government' | 'line';
  lat: number;
  lon: number;
  sources: Citation[];
}

/** One point of the drawn line: a settlement on the line, or the midpoint between a pair across it. */
export interface LineVertex {
  lat: number;
  lon: number;
  /** The settlements (by name) that place this point. */
  from: string[];
  /** How far the real line may be from this point, in kilometres. */
  toleranceKm: number;
}

export interface HeldAreaMethod extends HeldAreaProperties {
  settlements: LineSettlement[];
  /** The drawn line, north to south. */
  vertices: LineVertex[];
}

export interface CountryProperties {
  iso: string;
  name: string;
}

export interface CountryLabelProperties extends CountryProperties {
  nativeName?: string;
  /** Larger countries first: 0 is the most important label. */
  rank: number;
}

/** Properties of `Geography.heldSince2014`. */
export interface HeldAreaProperties {
  /** The key line, e.g. "Held by Russia-backed forces since 2014". */
  name: string;
  /** How the area was drawn and from what, in one or two sentences. */
  note: string;
  /** How far the drawn edge may be from the real line of contact, in kilometres. */
  precisionKm: number;
}

/** `public/data/geography.json`. */
export interface Geography {
  /** [west, south, east, north] of the region the geometry was clipped to. */
  bbox: [number, number, number, number];
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Land borders between countries; `ukraine` marks Ukraine's own. */
  borders: FeatureCollection<MultiLineString, {ukraine: boolean}>;
  /** Crimea, part of Ukraine, occupied by Russia since 2014. */
  crimea: Feature<Polygon | MultiPolygon, {name: string}>;
  /**
   * The parts of Donetsk and Luhansk regions held by Russia-backed forces from 2014 to February 2022,
   * clipped to Ukraine: drawn from the pre-2022 line of contact (`data/line-of-contact.json`).
   * `name` is the key line to show, `note` says how it was drawn, and `precisionKm` how far the drawn
   * edge may be from the real line.
   */
  heldSince2014: Feature<Polygon | MultiPolygon, HeldAreaProperties>;
  countryLabels: FeatureCollection<Point, CountryLabelProperties>;
}
