/**
 * Where the story's frame sits in the map, shared by both renderers so that the hand-over from the
 * SVG map to the WebGL map does not move anything: a margin on every side, and the inset "Where
 * they talked" (bottom-left) kept off the frame wherever the map has room to spare for it.
 */
import {STORY_BBOX, type BBox} from '../lib/regions.ts';
import type {Box} from '../lib/label-placement.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Margins around the frame, px: narrow above and below, where landscape maps are short. */
const MARGIN = {x: 24, y: 8};
/** The inset's distance from the map's edges, and the gap kept between it and the frame, px. */
const INSET_OFFSET = 8;
const INSET_GAP = 8;
/** The inset's caption, padding and border, over the width of its square map, px. */
const INSET_CHROME = 24;

/**
 * The inset's width, px: compact, or forward (during the talks), and no taller than `room`, the
 * height left to it under what sits at the top-left of the map (the latest estimate).
 */
export function insetWidth(mapWidth: number, forward: boolean, room = Infinity): number {
  const clamp = (min: number, value: number, max: number) => Math.max(min, Math.min(value, max));
  const wanted =
    mapWidth <= 300 ? 104 : mapWidth <= 480 ? 128 : forward ? clamp(144, mapWidth * 0.28, 240) : clamp(120, mapWidth * 0.18, 168);
  return Math.round(Math.max(96, Math.min(wanted, room - INSET_CHROME)));
}

/**
 * The inset's width in a map of a size: forward only where the map has room beside or under the
 * story's frame for the larger inset; elsewhere it stays compact, which clears Ukraine's border.
 */
export function fittedInsetWidth(mapWidth: number, mapHeight: number, forward: boolean, room = Infinity): number {
  const large = forward && clearsFrame(mapWidth, mapHeight, insetWidth(mapWidth, true));
  return insetWidth(mapWidth, large, room);
}

/** The height the inset may take in a map `mapHeight` tall whose top-left is taken down to `taken`. */
export const insetRoom = (mapHeight: number, taken: number): number => mapHeight - Math.max(0, taken) - INSET_OFFSET - INSET_GAP;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The padding that frames the story (`STORY_BBOX`) in a `width`×`height` map. The frame fills the
 * map in one direction; in the other, where there is room to spare, it moves away from the inset
 * (at the largest size the inset takes in this map, so that the frame stays put when the inset
 * comes forward), by as much as the room allows: never at the cost of the frame's scale.
 */
export function framePadding(width: number, height: number): Padding {
  const {spareX, spareY} = spare(width, height, STORY_BBOX);
  const {x, y} = clearance(fittedInsetWidth(width, height, true));
  return {
    top: MARGIN.y,
    right: MARGIN.x,
    bottom: MARGIN.y + Math.min(spareY, y),
    left: MARGIN.x + Math.min(spareX, x),
  };
}

/** The room the map has beyond the frame fitted with its margins, px. */
function spare(width: number, height: number, bbox: BBox) {
  const [west, south, east, north] = bbox;
  const spanX = ((east - west) * Math.PI) / 180;
  const spanY = mercatorY(north) - mercatorY(south);
  const scale = Math.max(0, Math.min((width - 2 * MARGIN.x) / spanX, (height - 2 * MARGIN.y) / spanY));
  const spareX = Math.max(0, width - 2 * MARGIN.x - scale * spanX);
  const spareY = Math.max(0, height - 2 * MARGIN.y - scale * spanY);
  return {spareX, spareY};
}

/** How much more than its margin the frame must move, sideways or up, to clear an inset `inset` wide, px. */
function clearance(inset: number) {
  return {
    x: Math.max(0, INSET_OFFSET + inset + INSET_GAP - MARGIN.x),
    y: Math.max(0, INSET_OFFSET + inset + INSET_CHROME + INSET_GAP - MARGIN.y),
  };
}

/** Whether the frame can move wholly clear of an inset `inset` wide. */
function clearsFrame(width: number, height: number, inset: number): boolean {
  const {spareX, spareY} = spare(width, height, STORY_BBOX);
  const {x, y} = clearance(inset);
  return spareX >= x || spareY >= y;
}

/** The corners the map's controls take (zoom buttons at the top, scale and credits bottom-right), px. */
const CONTROLS = {zoom: {width: 48, height: 80}, bottomRight: {width: 150, height: 32}};
/** Maps this narrow have their zoom buttons top-left, where the estimate no longer is (map.css). */
const SMALL_MAP = 480;
/** Where the zoom buttons' corner starts: top-left on small maps, else top-right. */
const zoomX = (width: number) => (width <= SMALL_MAP ? 0 : width - CONTROLS.zoom.width);
/** How far from a control a place's button must be to be told apart from it by touch, px. */
const TARGET_REACH = 12;
/** The credits' button in the bottom-right corner, with its margin, px. */
const CREDITS_BUTTON = 40;

/** The boxes of a `width`×`height` map that its controls take: labels keep clear of them. */
export function controlBoxes(width: number, height: number): Box[] {
  return [
    {x0: zoomX(width), y0: 0, x1: zoomX(width) + CONTROLS.zoom.width, y1: CONTROLS.zoom.height},
    {x0: width - CONTROLS.bottomRight.width, y0: height - CONTROLS.bottomRight.height, x1: width, y1: height},
  ];
}

/**
 * Whether a point of the map is within a touch target's reach (24 px, WCAG 2.5.8) of the zoom
 * buttons or the credits' button (the scale beside it is not a button).
 */
export function nearMapButtons(x: number, y: number, width: number, height: number): boolean {
  const zoom = zoomX(width);
  const nearZoom = zoom - TARGET_REACH < x && x < zoom + CONTROLS.zoom.width + TARGET_REACH && y < CONTROLS.zoom.height + TARGET_REACH;
  const nearCredits = x > width - CREDITS_BUTTON - TARGET_REACH && y > height - CREDITS_BUTTON - TARGET_REACH;
  return nearZoom || nearCredits;
}
