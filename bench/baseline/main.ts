/**
 * The benchmark's baseline: the same map built the way most map pages are. MapLibre and its CSS are
 * imported eagerly in the entry, and the geography is Natural Earth's 1:50m countries as plain
 * GeoJSON (about 4 MB), loaded and drawn before anything else. Never shipped.
 */
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import {STORY_BBOX} from '../../src/lib/regions.ts';
import type {Story} from '../../src/story/types.ts';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const [countries, story] = await Promise.all([
  fetch('./data/countries.geojson').then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
  fetch('./data/story.json').then((r) => r.json() as Promise<Story>),
]);
const points: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: story.places
    .filter((p) => p.position)
    .map((p) => ({
      type: 'Feature',
      properties: {kind: p.kind},
      geometry: {type: 'Point', coordinates: [p.position!.lon, p.position!.lat]},
    })),
};
const map = new MapLibreMap({
  container,
  bounds: STORY_BBOX,
  style: {
    version: 8,
    sources: {countries: {type: 'geojson', data: countries}, places: {type: 'geojson', data: points}},
    layers: [
      {id: 'sea', type: 'background', paint: {'background-color': '#cddde8'}},
      {id: 'land', type: 'fill', source: 'countries', paint: {'fill-color': '#ecebe6'}},
      {id: 'borders', type: 'line', source: 'countries', paint: {'line-color': '#9a968c'}},
      {id: 'places', type: 'circle', source: 'places', paint: {'circle-radius': 5, 'circle-color': '#c44e00'}},
    ],
  },
});
map.once('idle', () => (container.dataset.mapState = 'idle'));
