/**
 * A linear scale from UTC dates to pixels, shaped like d3-scale's (a callable with `domain`,
 * `range` and `copy`) plus `invert`. d3-scale's own time scale would do the same but brings a date
 * formatter and interpolators with it: about 10 KB gzipped of JavaScript before first paint, for
 * features this timeline does not use.
 */
export interface UtcScale {
  (date: Date): number;
  domain(): [Date, Date];
  range(): [number, number];
  copy(): UtcScale;
  /** The date at pixel `x`. */
  invert(x: number): Date;
}

export function utcScale(domain: [Date, Date], range: [number, number]): UtcScale {
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((date: Date) => r0 + (date.getTime() - d0) * k) as UtcScale;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.copy = () => utcScale([new Date(d0), new Date(d1)], [r0, r1]);
  scale.invert = (x: number) => new Date(d0 + (x - r0) / k);
  return scale;
}

/** A linear map from `domain` to `range` for plain numbers. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (value) => r0 + (value - d0) * k;
}
