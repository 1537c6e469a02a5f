/**
 * Greedy label placement, shared by everything that labels points (the map's overlay, the
 * timeline's estimates): labels are tried in priority order at a few positions around their point,
 * and a label that would overlap one already placed, an obstacle (a symbol, a box kept free) or
 * leave the bounds is dropped.
 */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  lines: string[];
  /** Font size of the first line, px; later lines are drawn at `secondarySize`. */
  size: number;
  secondarySize?: number;
  /** Measured width of each line, px; estimated from the font size when not given. */
  widths?: number[];
  /** Gap between the point and the text, px. */
  offset: number;
  /** Lower is placed first. */
  priority: number;
  /** Country names sit centred on their point; other labels beside it. */
  centred?: boolean;
  /**
   * Where a centred label may also go, further off its point, when nothing at its point is free:
   * the middles it accepts (a country's name: inside the country). Without it, only its point.
   */
  within?: (x: number, y: number) => boolean;
}

export type Anchor = 'left' | 'right' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left' | 'center';

export interface PlacedLabel {
  id: string;
  /** Which of the candidates passed in was placed (ids may repeat). */
  index: number;
  /** Where the text block sits relative to its point: for `right`, the text starts to its right. */
  anchor: Anchor;
  x: number;
  y: number;
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average glyph width of Noto Sans as a fraction of the font size, for unmeasured text. */
const GLYPH_WIDTH = 0.6;
export const LINE_HEIGHT = 1.2;
/** Space kept between two labels, and between a label and a symbol, px. */
const GAP = 2;

export function labelSize(candidate: LabelCandidate): {width: number; height: number} {
  const sizes = candidate.lines.map((_, i) => (i === 0 ? candidate.size : (candidate.secondarySize ?? candidate.size)));
  const width = Math.max(
    ...candidate.lines.map((line, i) => candidate.widths?.[i] ?? line.length * (sizes[i] ?? candidate.size) * GLYPH_WIDTH),
  );
  const height = sizes.reduce((sum, size) => sum + size * LINE_HEIGHT, 0);
  return {width, height};
}

function boxFor(candidate: LabelCandidate, anchor: Anchor): Box {
  const {width: w, height: h} = labelSize(candidate);
  const {x, y, offset: o} = candidate;
  const d = o * 0.7;
  switch (anchor) {
    case 'right':
      return {x0: x + o, y0: y - h / 2, x1: x + o + w, y1: y + h / 2};
    case 'left':
      return {x0: x - o - w, y0: y - h / 2, x1: x - o, y1: y + h / 2};
    case 'top':
      return {x0: x - w / 2, y0: y - o - h, x1: x + w / 2, y1: y - o};
    case 'bottom':
      return {x0: x - w / 2, y0: y + o, x1: x + w / 2, y1: y + o + h};
    case 'top-right':
      return {x0: x + d, y0: y - d - h, x1: x + d + w, y1: y - d};
    case 'bottom-right':
      return {x0: x + d, y0: y + d, x1: x + d + w, y1: y + d + h};
    case 'top-left':
      return {x0: x - d - w, y0: y - d - h, x1: x - d, y1: y - d};
    case 'bottom-left':
      return {x0: x - d - w, y0: y + d, x1: x - d, y1: y + d + h};
    case 'center':
      return {x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2};
  }
}

export const boxesOverlap = (a: Box, b: Box, gap = 0): boolean =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

const BESIDE: Anchor[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];
/** A centred label (a country's name) moves off its point only when something is in the way. */
const CENTRED: Anchor[] = ['center', 'top', 'bottom', 'right', 'left', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];
/**
 * Where a centred label with a `within` test may go when nothing at its point is free, in its own
 * sizes, nearest first: up to two widths and three heights away.
 */
const CENTRED_NUDGES: [number, number][] = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]
  .flatMap((dx) => [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3].map((dy): [number, number] => [dx, dy]))
  .filter(([dx, dy]) => dx !== 0 || dy !== 0)
  .sort((a, b) => Math.hypot(a[0], a[1] / 3) - Math.hypot(b[0], b[1] / 3));

/**
 * The boxes a candidate may take, in order of preference, made as they are asked for: most labels
 * fit in their first places, and the `within` test of the nudged places is the costly part.
 */
function* positions(candidate: LabelCandidate): Generator<{anchor: Anchor; box: Box}> {
  if (!candidate.centred) {
    for (const anchor of BESIDE) yield {anchor, box: boxFor(candidate, anchor)};
    return;
  }
  for (const anchor of CENTRED) yield {anchor, box: boxFor(candidate, anchor)};
  const {within} = candidate;
  if (!within) return;
  const {width, height} = labelSize(candidate);
  for (const [dx, dy] of CENTRED_NUDGES) {
    const x = candidate.x + dx * width;
    const y = candidate.y + dy * height;
    if (within(x, y)) yield {anchor: 'center', box: boxFor({...candidate, x, y}, 'center')};
  }
}

/**
 * Places as many labels as fit without overlapping each other, the `obstacles` (symbols, boxes
 * kept free) or the edges of `bounds`. Several candidates may share an id (a long label, then a
 * shorter one to try when it does not fit): the first that fits is placed, the others skipped.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: {width: number; height: number},
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const inside = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= bounds.width && box.y1 <= bounds.height;
  const done = new Set<string>();
  const order = candidates.map((candidate, index) => ({candidate, index})).sort((a, b) => a.candidate.priority - b.candidate.priority);
  for (const {candidate, index} of order) {
    if (done.has(candidate.id)) continue;
    for (const {anchor, box} of positions(candidate)) {
      if (!inside(box) || taken.some((other) => boxesOverlap(box, other, GAP))) continue;
      taken.push(box);
      placed.push({id: candidate.id, index, anchor, x: candidate.x, y: candidate.y, box});
      done.add(candidate.id);
      break;
    }
  }
  return placed;
}
