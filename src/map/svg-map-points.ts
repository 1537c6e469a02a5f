/**
 * The SVG map's symbols and labels for a day: sites (with their precision rings), the route of the
 * talks, cities, meeting places and country names, with labels placed so that none overlaps another
 * label or a symbol (src/lib/label-placement.ts).
 */
import {geoPath, type GeoProjection} from 'd3-geo';
import type {Feature, Point} from 'geojson';
import type {Geography} from '../story/geography-types.ts';
import {svg} from '../lib/dom.ts';
import {placeLabels, type Box, type LabelCandidate} from '../lib/label-placement.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';
import {siteStatusOnDay, type DatedMapContent, type StaticMapContent} from './map-features.ts';

export interface SvgPointsInput {
  geography: Geography;
  content: StaticMapContent;
  today: DatedMapContent;
  day: number;
  projection: GeoProjection;
  width: number;
  height: number;
}

/** The symbols' group and the labels' group, to append in that order. */
export function drawSvgPoints({geography, content, today, day, projection, width, height}: SvgPointsInput): [SVGGElement, SVGGElement] {
  const project = (lon: number, lat: number) => {
    const [x = 0, y = 0] = projection([lon, lat]) ?? [];
    return {x, y};
  };

  const symbols = svg('g', {class: 'svg-map__symbols'});
  const obstacles: Box[] = [];
  const candidates: LabelCandidate[] = [];
  const pxPerKm = (lat: number) => projection.scale() / (6371 * Math.cos((lat * Math.PI) / 180));
  const at = (f: Feature<Point>) => project(f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0);

  for (const label of geography.countryLabels.features) {
    const {x, y} = at(label);
    const lines = [label.properties.name.toUpperCase(), ...(label.properties.nativeName ? [label.properties.nativeName] : [])];
    candidates.push({
      id: `country-${label.properties.iso}`,
      x,
      y,
      lines,
      size: 12,
      secondarySize: 11,
      offset: 0,
      priority: 50 + label.properties.rank,
      centred: true,
    });
  }
  const routePath = geoPath(projection);
  for (const leg of content.route.features) {
    if (leg.properties.fromDay <= day) symbols.append(svg('path', {d: routePath(leg) ?? '', class: 'svg-map__route'}));
  }
  for (const site of content.sites.features) {
    const {x, y} = at(site);
    const p = site.properties;
    const status = siteStatusOnDay(p, day);
    if (!status) continue;
    const strong = p.strengthDay <= day;
    const detail = strong ? p.detail : '';
    if (p.precisionKm > 0) {
      symbols.append(
        svg('circle', {cx: x, cy: y, r: p.precisionKm * pxPerKm(site.geometry.coordinates[1] ?? 50), class: 'svg-map__precision'}),
      );
    }
    // Smaller on a small map, as the WebGL map does at low zoom.
    const radius = (strong ? p.strongRadius : p.radius) * (width < 600 ? 0.7 : 1);
    symbols.append(svg('circle', {cx: x, cy: y, r: radius, class: `svg-map__site svg-map__site--${status}`, 'data-place': p.id}));
    obstacles.push({x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius});
    // Strength figures only where the map is wide enough for them (as the WebGL map does by zoom).
    const lines = [p.name, ...(detail && width >= 600 ? [detail] : []), ...(status === 'unverified' ? ['(unverified)'] : [])];
    candidates.push({
      id: p.id,
      x,
      y,
      lines,
      size: 12,
      secondarySize: 11,
      offset: radius + 3,
      priority: 100 + (status === 'active' ? 0 : 50),
    });
  }
  for (const city of today.cities.features) {
    const {x, y} = at(city);
    const size = city.properties.capital ? 3.5 : 2.5;
    symbols.append(svg('rect', {x: x - size, y: y - size, width: size * 2, height: size * 2, class: 'svg-map__city'}));
    obstacles.push({x0: x - size, y0: y - size, x1: x + size, y1: y + size});
    candidates.push({
      id: city.properties.id,
      x,
      y,
      lines: [city.properties.name],
      size: 11,
      offset: size + 3,
      priority: 200 - city.properties.capital * 20,
    });
  }
  for (const venue of today.venues.features) {
    const {x, y} = at(venue);
    const size = venue.properties.talksWeek ? 8 : 6;
    symbols.append(
      svg('path', {
        d: shapePath('diamond', x, y, size / SHAPE_EXTENT.diamond),
        class: 'svg-map__venue',
        'data-place': venue.properties.id,
      }),
    );
    obstacles.push({x0: x - size, y0: y - size, x1: x + size, y1: y + size});
    const lines = venue.properties.venue ? [venue.properties.name, venue.properties.venue] : [venue.properties.name];
    candidates.push({
      id: venue.properties.id,
      x,
      y,
      lines,
      size: 13,
      secondarySize: 11,
      offset: size + 3,
      priority: venue.properties.today ? 0 : venue.properties.talksWeek ? 5 : 20,
    });
  }

  const labels = svg('g', {class: 'svg-map__labels'});
  const byId = new Map(candidates.map((c) => [c.id, c]));
  for (const placed of placeLabels(candidates, {width, height}, obstacles)) {
    const candidate = byId.get(placed.id);
    if (!candidate) continue;
    const anchor = placed.anchor === 'right' ? 'start' : placed.anchor === 'left' ? 'end' : 'middle';
    const text = svg('text', {
      x: placed.anchor === 'right' ? placed.box.x0 : placed.anchor === 'left' ? placed.box.x1 : candidate.x,
      y: placed.box.y0,
      'text-anchor': anchor,
      class: candidate.centred
        ? 'svg-map__label svg-map__label--country'
        : `svg-map__label${candidate.priority < 100 ? ' svg-map__label--venue' : ''}`,
    });
    candidate.lines.forEach((line, i) => {
      const size = i === 0 ? candidate.size : (candidate.secondarySize ?? candidate.size);
      const tspan = svg('tspan', {x: text.getAttribute('x') ?? 0, dy: i === 0 ? size : size * 1.2, 'font-size': size});
      if (i > 0) tspan.setAttribute('class', 'svg-map__label-detail');
      tspan.textContent = line;
      text.append(tspan);
    });
    labels.append(text);
  }
  return [symbols, labels];
}
