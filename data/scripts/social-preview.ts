/**
 * The image shown when the page is shared on social networks (1200×630, Open Graph and Twitter):
 * the map of 13 January 2022 with the title, drawn as SVG with d3-geo and rendered to PNG by resvg
 * at build time, with no external service.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {geoMercator, geoPath} from 'd3-geo';
import type {Story} from '../../src/story/types.ts';
import type {Geography} from '../../src/story/geography-types.ts';
import {ACTOR_COUNTRIES, MAP_COLOURS} from '../../src/lib/palette.ts';
import {STORY_BBOX} from '../../src/lib/regions.ts';
import {woffToSfnt} from './woff-to-sfnt.ts';

export const PREVIEW_SIZE = {width: 1200, height: 630} as const;

/** The day the preview shows, as the page's first view does. */
const PREVIEW_DATE = '2022-01-13';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Breaks `text` into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function socialPreviewSvg(geography: Geography, story: Story, title: string, subtitle: string): string {
  const {width, height} = PREVIEW_SIZE;
  const [west, south, east, north] = STORY_BBOX;
  const projection = geoMercator().fitExtent(
    [
      [500, 24],
      [width - 24, height - 24],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, north],
        [west, north],
        [east, south],
      ],
    },
  );
  const path = geoPath(projection);
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const countries = geography.countries.features
    .map((f) => {
      const fill =
        f.properties.iso === 'UA'
          ? MAP_COLOURS.ukraine
          : (ACTOR_COUNTRIES as readonly string[]).includes(f.properties.iso)
            ? MAP_COLOURS.actorLand
            : MAP_COLOURS.land;
      return `<path d="${path(f)}" fill="${fill}"/>`;
    })
    .join('');
  const borders = geography.borders.features
    .map(
      (f) =>
        `<path d="${path(f)}" fill="none" stroke="${f.properties.ukraine ? MAP_COLOURS.ukraineBorder : MAP_COLOURS.border}" stroke-width="${f.properties.ukraine ? 2.5 : 1}"/>`,
    )
    .join('');
  const places = new Map(story.places.map((p) => [p.id, p]));
  const sites = story.sites
    .filter((s) => s.firstReported && s.firstReported <= PREVIEW_DATE && places.get(s.place)?.position)
    .map((s) => {
      const {lon, lat} = places.get(s.place)!.position!;
      const [x, y] = at(lon, lat);
      return `<circle cx="${x}" cy="${y}" r="8" fill="${MAP_COLOURS.site}" stroke="#fff" stroke-width="2"/>`;
    })
    .join('');
  const venues = story.events
    .filter((e) => e.talksWeek)
    .map((e) => places.get(e.places[0]?.place ?? '')?.position)
    .filter((p) => p !== undefined && p !== null)
    .map((p) => {
      const [x, y] = at(p.lon, p.lat);
      return `<path d="M${x},${y - 12}L${x + 12},${y}L${x},${y + 12}L${x - 12},${y}Z" fill="${MAP_COLOURS.venue}" stroke="#fff" stroke-width="2.5"/>`;
    })
    .join('');
  const route = story.talksRoute
    .map(
      (leg) =>
        `<path d="${path({type: 'LineString', coordinates: leg.coordinates})}" fill="none" stroke="${MAP_COLOURS.venue}" stroke-width="3" stroke-dasharray="8 6"/>`,
    )
    .join('');
  const titleLines = wrap(title, 20)
    .map((line, i) => `<text x="44" y="${140 + i * 48}" font-size="40" font-weight="700" fill="#1f1f1f">${escapeXml(line)}</text>`)
    .join('');
  const subtitleLines = wrap(subtitle, 42)
    .map((line, i) => `<text x="44" y="${400 + i * 29}" font-size="20" fill="#4d4d4d">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans">
<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="${MAP_COLOURS.ukraine}"/><line x1="0" y1="0" x2="0" y2="8" stroke="${MAP_COLOURS.occupied}" stroke-width="2"/></pattern></defs>
<rect width="${width}" height="${height}" fill="${MAP_COLOURS.sea}"/>
${countries}<path d="${path(geography.crimea)}" fill="url(#hatch)"/>${borders}${route}${sites}${venues}
<rect width="480" height="${height}" fill="#fafaf7"/>
<text x="44" y="80" font-size="19" font-weight="700" fill="#1b4f8a" letter-spacing="1.5">NOVEMBER 2021 – FEBRUARY 2022</text>
${titleLines}${subtitleLines}
<text x="44" y="${height - 30}" font-size="15" fill="#4d4d4d">Borders: Natural Earth · Towns: GeoNames</text>
</svg>`;
}

/** Font files for the renderer: the page's typeface, unpacked from WOFF into a temporary folder. */
function fontFiles(): string[] {
  const folder = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  const out = mkdtempSync(join(tmpdir(), 'preview-fonts-'));
  return ['latin-400', 'latin-700', 'cyrillic-400', 'cyrillic-700'].map((name) => {
    const file = join(out, `noto-sans-${name}.ttf`);
    writeFileSync(file, woffToSfnt(readFileSync(join(folder, `noto-sans-${name}-normal.woff`))));
    return file;
  });
}

export function renderSocialPreview(svg: string): Buffer {
  const resvg = new Resvg(svg, {font: {fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans'}});
  return resvg.render().asPng();
}
