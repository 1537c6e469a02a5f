/**
 * Greedy label placement for the SVG map: labels are tried in priority order at a few positions
 * around their point, and a label that would overlap one already placed (or leave the map) is
 * dropped. MapLibre does the same for the WebGL map with its own collision index.
 */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  lines: string[];
  /** Font size of the first line, px; later lines are drawn at `secondarySize`. */
  size: number;
  secondarySize?: number;
  /** Gap between the point and the text, px. */
  offset: number;
  /** Lower is placed first. */
  priority: number;
  /** Country names sit centred on their point; other labels beside it. */
  centred?: boolean;
}

export type Anchor = 'left' | 'right' | 'top' | 'bottom' | 'center';

export interface PlacedLabel {
  id: string;
  /** Where the text block's anchor is: for `right`, the text starts to the right of the point. */
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

/** Average glyph width of Noto Sans as a fraction of the font size: enough to keep labels apart. */
const GLYPH_WIDTH = 0.56;
const LINE_HEIGHT = 1.2;

export function labelSize(candidate: LabelCandidate): {width: number; height: number} {
  const sizes = candidate.lines.map((_, i) => (i === 0 ? candidate.size : (candidate.secondarySize ?? candidate.size)));
  const width = Math.max(...candidate.lines.map((line, i) => line.length * (sizes[i] ?? candidate.size) * GLYPH_WIDTH));
  const height = sizes.reduce((sum, size) => sum + size * LINE_HEIGHT, 0);
  return {width, height};
}

function boxFor(candidate: LabelCandidate, anchor: Anchor): Box {
  const {width, height} = labelSize(candidate);
  const {x, y, offset} = candidate;
  switch (anchor) {
    case 'right':
      return {x0: x + offset, y0: y - height / 2, x1: x + offset + width, y1: y + height / 2};
    case 'left':
      return {x0: x - offset - width, y0: y - height / 2, x1: x - offset, y1: y + height / 2};
    case 'top':
      return {x0: x - width / 2, y0: y - offset - height, x1: x + width / 2, y1: y - offset};
    case 'bottom':
      return {x0: x - width / 2, y0: y + offset, x1: x + width / 2, y1: y + offset + height};
    case 'center':
      return {x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2};
  }
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places as many labels as fit without overlapping each other, the `obstacles` (symbols) or the
 * edges of `bounds`.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: {width: number; height: number},
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const inside = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= bounds.width && box.y1 <= bounds.height;
  for (const candidate of [...candidates].sort((a, b) => a.priority - b.priority)) {
    const anchors: Anchor[] = candidate.centred ? ['center'] : ['right', 'left', 'top', 'bottom'];
    for (const anchor of anchors) {
      const box = boxFor(candidate, anchor);
      if (!inside(box) || taken.some((other) => boxesOverlap(box, other))) continue;
      taken.push(box);
      placed.push({id: candidate.id, anchor, x: candidate.x, y: candidate.y, box});
      break;
    }
  }
  return placed;
}
