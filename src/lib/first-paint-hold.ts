/**
 * Holds the page's first paint while the first-paint script (first-paint.ts) finishes what the page
 * must have before it is shown: the `is-paint-held` class takes the page out of layout (base.css),
 * so that it is laid out and painted once, in its final font and colours. The class goes when every
 * piece of work has settled, or after `PAINT_HOLD_LIMIT_MS`: a page shown in a fallback font is
 * better than a blank one.
 */

/**
 * How long the page may stay unshown: on a fast connection the preloaded font is in within tens of
 * milliseconds; on slow 4G its 36 kB take about a third of a second after the page. Past this, the
 * page is shown in a fallback font (and may then move once, when the font arrives).
 */
export const PAINT_HOLD_LIMIT_MS = 500;

/**
 * Holds the first paint until `until` has settled. Only a script that runs while the parser does
 * (the built page's inline one) comes before the first paint; later (the development server's
 * module script), there is nothing left to hold.
 */
export function holdFirstPaint(until: Promise<unknown>, root: HTMLElement = document.documentElement): void {
  if (document.readyState !== 'loading') return;
  root.classList.add('is-paint-held');
  const show = () => {
    clearTimeout(limit);
    root.classList.remove('is-paint-held');
  };
  const limit = setTimeout(show, PAINT_HOLD_LIMIT_MS);
  void until.then(show, show);
}
