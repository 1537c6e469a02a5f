import {describe, expect, it} from 'vitest';
import {boxesOverlap, placeLabels, type LabelCandidate} from './label-placement.ts';

const label = (id: string, x: number, y: number, priority: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  y,
  lines: [id],
  size: 10,
  offset: 4,
  priority,
  ...extra,
});

describe('placeLabels', () => {
  it('places a label to the right of its point when there is room', () => {
    const [placed] = placeLabels([label('Kyiv', 100, 100, 0)], {width: 400, height: 300});
    expect(placed).toMatchObject({id: 'Kyiv', anchor: 'right'});
    expect(placed!.box.x0).toBe(104);
  });

  it('moves a label to the other side of its point at the edge of the map', () => {
    const [placed] = placeLabels([label('Moscow', 395, 100, 0)], {width: 400, height: 300});
    expect(placed?.anchor).toBe('left');
  });

  it('keeps the more important of two labels that cannot both fit, and never overlaps them', () => {
    const candidates = [label('Klintsy', 100, 100, 2), label('Klimovo', 100, 100, 1)];
    const placed = placeLabels(candidates, {width: 400, height: 300});
    expect(placed[0]?.id).toBe('Klimovo');
    for (const a of placed) for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
  });

  it('drops a label that would cover a symbol', () => {
    const obstacles = [{x0: 0, y0: 0, x1: 400, y1: 300}];
    expect(placeLabels([label('Minsk', 100, 100, 0)], {width: 400, height: 300}, obstacles)).toEqual([]);
  });
});

describe('placeLabels with a shorter label to fall back to', () => {
  it('places the long label where it fits, else the short one, never both', () => {
    const long = label('Yelnya', 100, 100, 0, {lines: ['Yelnya', 'about 700 vehicles, by the end of 2021']});
    const short = label('Yelnya', 100, 100, 5);
    const roomy = placeLabels([long, short], {width: 400, height: 300});
    expect(roomy.map((p) => p.index)).toEqual([0]);
    const cramped = placeLabels([long, short], {width: 160, height: 300});
    expect(cramped.map((p) => p.index)).toEqual([1]);
  });
});

describe('placeLabels with a centred label (a country’s name)', () => {
  const symbol = {x0: 196, y0: 96, x1: 204, y1: 104};

  it('is left out when every position at its point is taken and it accepts no other', () => {
    expect(placeLabels([label('BELARUS', 200, 100, 0, {centred: true, offset: 0})], {width: 400, height: 300}, [symbol])).toEqual([]);
  });

  it('moves off its point only to a middle it accepts (inside its country)', () => {
    const above = (_x: number, y: number) => y < 80;
    const country = label('BELARUS', 200, 100, 0, {centred: true, offset: 0, within: above});
    const [placed] = placeLabels([country], {width: 400, height: 300}, [symbol]);
    expect(placed?.id).toBe('BELARUS');
    expect((placed!.box.y0 + placed!.box.y1) / 2).toBeLessThan(80);
    expect(boxesOverlap(placed!.box, symbol)).toBe(false);
  });
});
