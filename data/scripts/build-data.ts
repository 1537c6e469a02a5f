/**
 * The data build: validates `data/*.json` against their schemas and against each other, derives the
 * geography, resolves positions, computes distances and writes `public/data/story.json` and
 * `public/data/geography.json`. Any problem fails the build with the file, record and field named.
 *
 * Run with `npm run build:data`; `npm start`, `npm test` and `npm run build` run it first.
 */
import {mkdirSync, readFileSync, writeFileSync, copyFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DataError, type DataProblem} from './data-problem.ts';
import {validateAgainstSchema} from './validate-schemas.ts';
import {checkReferences} from './check-references.ts';
import {checkText} from './text-rules.ts';
import {checkPositionsInCountries} from './position-rules.ts';
import {buildGeography, encodeGeography, loadWorldGeography} from './geography.ts';
import {assembleStory} from './assemble-story.ts';
import {buildDownloads, downloadsManifest} from './downloads.ts';
import {pageText} from './page-html.ts';
import {renderSocialPreview, socialPreviewSvg} from './social-preview.ts';
import {DATA_FILES, type DataFileName, type RawData} from './raw-types.ts';
import type {Story} from '../../src/story/types.ts';
import type {Geography} from '../../src/story/geography-types.ts';
import {FONT_SUBSETS} from '../../src/lib/fonts.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readDataFile(name: DataFileName): {value: unknown; problems: DataProblem[]} {
  const file = `data/${name}.json`;
  try {
    return {value: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown, problems: []};
  } catch (error) {
    return {value: [], problems: [{file, record: '(whole file)', field: '', message: `is not valid JSON: ${(error as Error).message}`}]};
  }
}

/** Validates raw data read from anywhere; throws a DataError listing every problem. */
export function validateRawData(files: Record<DataFileName, unknown>): RawData {
  const schemaProblems = DATA_FILES.flatMap((name) => validateAgainstSchema(name, files[name]));
  // A field the schema already rejects (say, as empty) is not reported twice.
  const where = (p: DataProblem) => `${p.file}|${p.record}|${p.field}`;
  const rejected = new Set(schemaProblems.map(where));
  const problems = [...schemaProblems, ...checkText(files).filter((p) => !rejected.has(where(p)))];
  if (problems.length) throw new DataError(problems);
  const data = files as unknown as RawData;
  const referenceProblems = checkReferences(data);
  if (referenceProblems.length) throw new DataError(referenceProblems);
  return data;
}

export function buildAll(files: Record<DataFileName, unknown>): {story: Story; geography: Geography} {
  const data = validateRawData(files);
  const world = loadWorldGeography();
  const {story, problems, heldArea} = assembleStory(data, world);
  problems.push(...checkPositionsInCountries(story.places, world.countriesByIso));
  if (problems.length || !heldArea) throw new DataError(problems);
  return {story, geography: buildGeography(world, heldArea)};
}

function main() {
  const read = Object.fromEntries(DATA_FILES.map((name) => [name, readDataFile(name)])) as Record<
    DataFileName,
    ReturnType<typeof readDataFile>
  >;
  const readProblems = DATA_FILES.flatMap((name) => read[name].problems);
  if (readProblems.length) throw new DataError(readProblems);
  const {story, geography} = buildAll(Object.fromEntries(DATA_FILES.map((n) => [n, read[n].value])) as Record<DataFileName, unknown>);

  const out = join(root, 'public/data');
  mkdirSync(out, {recursive: true});
  writeFileSync(join(out, 'story.json'), JSON.stringify(story));
  writeFileSync(join(out, 'geography.json'), JSON.stringify(encodeGeography(geography)));
  const downloads = join(out, 'downloads');
  mkdirSync(downloads, {recursive: true});
  const files = buildDownloads(story, geography);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(downloads, name), content);
  writeFileSync(join(downloads, 'manifest.json'), JSON.stringify(downloadsManifest(files)));

  // The picture social networks show for a shared link (index.html's metadata points to it).
  const {headline, description} = pageText(readFileSync(join(root, 'index.html'), 'utf8'));
  writeFileSync(join(root, 'public/social-preview.png'), renderSocialPreview(socialPreviewSvg(geography, story, headline, description)));

  const fonts = join(root, 'public/fonts');
  mkdirSync(fonts, {recursive: true});
  const fontDir = dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans/package.json'));
  for (const {file} of FONT_SUBSETS) copyFileSync(join(fontDir, 'files', file), join(fonts, file));

  const sites = story.sites.filter((s) => s.computedDistance && !s.computedDistance.insideUkraine).length;
  console.log(
    `Data built (version ${story.version}): ${story.events.length} events, ${story.places.length} places, ` +
      `${story.sites.length} troop sites (${sites} with a computed distance), ${story.estimates.length} estimates, ` +
      `${geography.countries.features.length} countries.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof DataError ? error.message : error);
    process.exit(1);
  }
}
