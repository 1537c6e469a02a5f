/**
 * Fetches the story and the geography from this site and checks their shape cheaply. The data
 * build validated them fully; this catches a truncated file, an old cache or an error page.
 */
import {decodeGeography, type GeographyTopology} from './geography-topology.ts';
import {timeSlices, type Pause} from '../lib/yield-to-main.ts';
import type {Story} from './types.ts';
import type {Geography} from './geography-types.ts';

export class DataLoadError extends Error {
  override name = 'DataLoadError';
}

/** Asks for a file of the site's data; its response, once it has answered and looks like data. */
async function request(url: URL, fetchImpl: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new DataLoadError(`Could not reach ${url.pathname}. Check the connection and try again.`);
  }
  if (!response.ok) throw new DataLoadError(`${url.pathname} answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  // A host that answers every address with the page itself sends HTML where the data should be.
  if (response.headers.get('content-type')?.includes('text/html'))
    throw new DataLoadError(
      `${url.pathname} was answered with a web page, not the data: the server must serve the files in data/ as they are, not index.html for every address.`,
    );
  return response;
}

async function readJson(url: URL, response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DataLoadError(`${url.pathname} is not valid JSON.`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkStory(value: unknown): Story {
  if (!isRecord(value) || typeof value.version !== 'string' || !isRecord(value.sources) || !isRecord(value.period)) {
    throw new DataLoadError('The story data is incomplete.');
  }
  for (const key of ['places', 'sites', 'events', 'estimates']) {
    if (!Array.isArray(value[key])) throw new DataLoadError(`The story data has no list of ${key}.`);
  }
  return value as unknown as Story;
}

export async function checkGeography(value: unknown, pause?: Pause): Promise<Geography> {
  if (!isRecord(value) || value.type !== 'Topology' || !isRecord(value.objects) || !Array.isArray(value.bbox)) {
    throw new DataLoadError('The geography data is incomplete.');
  }
  try {
    return await decodeGeography(value as unknown as GeographyTopology, pause);
  } catch (error) {
    throw new DataLoadError(`The geography data could not be read: ${(error as Error).message}`);
  }
}

export async function loadStoryData(
  base: string = document.baseURI,
  fetchImpl: typeof fetch = fetch,
): Promise<{story: Story; geography: Geography}> {
  const storyUrl = new URL('data/story.json', base);
  const geographyUrl = new URL('data/geography.json', base);
  // Both files are asked for at once, and read one after the other: a quarter of a megabyte of
  // JSON read in one task, then decoded, made one of the longest tasks of a phone's start.
  const [storyResponse, geographyResponse] = await Promise.all([request(storyUrl, fetchImpl), request(geographyUrl, fetchImpl)]);
  const pause = timeSlices();
  const story = checkStory(await readJson(storyUrl, storyResponse));
  await pause();
  return {story, geography: await checkGeography(await readJson(geographyUrl, geographyResponse), pause)};
}
