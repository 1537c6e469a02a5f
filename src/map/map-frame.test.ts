import {describe, expect, it} from 'vitest';
import {geoMercator} from 'd3-geo';
import {STORY_BBOX} from '../lib/regions.ts';
import {framePadding, insetRoom, insetWidth} from './map-frame.ts';
import {framingProjection} from './svg-map.ts';

/** The frame's box in a map of a size, px, as the SVG map projects it. */
function frameBox(width: number, height: number) {
  const projection = framingProjection(STORY_BBOX, width, height, framePadding(width, height));
  const [west, south, east, north] = STORY_BBOX;
  const [x0, y1] = projection([west, south])!;
  const [x1, y0] = projection([east, north])!;
  return {x0, y0, x1, y1, scale: projection.scale()};
}

describe('framePadding', () => {
  it('keeps the frame clear of the forward inset where the map is wider than the frame, at the same scale', () => {
    for (const [width, height] of [
      [848, 452],
      [1008, 570],
    ] as const) {
      const box = frameBox(width, height);
      expect(box.x0, `${width}×${height}`).toBeGreaterThanOrEqual(8 + insetWidth(width, true) + 8);
      const plain = geoMercator().fitExtent(
        [
          [24, 8],
          [width - 24, height - 8],
        ],
        {type: 'MultiPoint', coordinates: [STORY_BBOX.slice(0, 2), STORY_BBOX.slice(2)]},
      );
      expect(box.scale).toBeCloseTo(plain.scale(), 6);
    }
  });

  it('keeps it above the inset where the map is taller than the frame, as far as there is room', () => {
    const [width, height] = [736, 1000];
    const box = frameBox(width, height);
    expect(box.y1).toBeLessThanOrEqual(height - (8 + insetWidth(width, true) + 24 + 8) + 0.5);
  });

  it('never shrinks the frame for the inset: a map just the frame’s shape keeps only its margins', () => {
    const padding = framePadding(400, 380);
    expect(padding.left + padding.right).toBeLessThanOrEqual(48 + 400);
    const box = frameBox(400, 380);
    expect(box.x0).toBeGreaterThanOrEqual(24 - 0.5);
    expect(box.x1).toBeLessThanOrEqual(400 - 24 + 0.5);
    expect(box.y0).toBeGreaterThanOrEqual(8 - 0.5);
  });
});

describe('insetWidth', () => {
  it('is compact, larger when forward, fixed on small maps, and never taller than its room', () => {
    expect(insetWidth(848, false)).toBe(153);
    expect(insetWidth(848, true)).toBe(237);
    expect(insetWidth(1400, true)).toBe(240);
    expect(insetWidth(360, true)).toBe(128);
    expect(insetWidth(1400, true, insetRoom(300, 150))).toBe(300 - 150 - 16 - 24);
  });
});
