import {describe, expect, it} from 'vitest';
import {checkGeography, checkStory, DataLoadError, loadStoryData} from './load-story.ts';

const respond = (body: string, status = 200) => new Response(body, {status, statusText: status === 200 ? 'OK' : 'Service Unavailable'});

describe('loadStoryData', () => {
  it('reports an unreachable server in words', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadStoryData('https://example.org/', offline)).rejects.toThrow('Could not reach /data/story.json');
  });

  it('reports an HTTP error with its status', async () => {
    await expect(loadStoryData('https://example.org/', async () => respond('no', 503))).rejects.toThrow('/data/story.json answered 503');
  });

  it('says so when the server answers with a web page instead of the data', async () => {
    const page = async () =>
      new Response('<!doctype html><title>Map</title>', {status: 200, headers: {'content-type': 'text/html; charset=utf-8'}});
    await expect(loadStoryData('https://example.org/', page)).rejects.toThrow(
      '/data/story.json was answered with a web page, not the data: the server must serve the files in data/ as they are',
    );
  });

  it('reports a file that is not JSON', async () => {
    await expect(loadStoryData('https://example.org/', async () => respond('<html>'))).rejects.toBeInstanceOf(DataLoadError);
  });
});

describe('checkStory and checkGeography', () => {
  it('reject data of the wrong shape', async () => {
    expect(() => checkStory({version: 'x', sources: {}, period: {}, places: [], sites: [], events: {}})).toThrow('no list of events');
    expect(() => checkStory([])).toThrow('incomplete');
    await expect(checkGeography({type: 'FeatureCollection'})).rejects.toThrow('incomplete');
    await expect(checkGeography({type: 'Topology', objects: {}, arcs: [], bbox: [0, 0, 1, 1]})).rejects.toThrow(
      'The geography data could not be read: geography: the crimea object is missing',
    );
  });
});
