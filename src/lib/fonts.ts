/**
 * The one typeface of the page and the map: Noto Sans (SIL Open Font License), variable weight,
 * in two subsets copied into `public/fonts/` by the data build. The browser and MapLibre fetch a
 * subset only when text needs it. Declared once, here: the page's `@font-face` rules are generated
 * from it (`fontFaceCss`, through Vite) and the WebGL style's `font-faces` are built from it.
 */
export const FONT_SUBSETS = [
  {
    file: 'noto-sans-latin-wght-normal.woff2',
    unicodeRange: [
      'U+0000-00FF',
      'U+0131',
      'U+0152-0153',
      'U+02BB-02BC',
      'U+02C6',
      'U+02DA',
      'U+02DC',
      'U+0304',
      'U+0308',
      'U+0329',
      'U+2000-206F',
      'U+20AC',
      'U+2122',
      'U+2191',
      'U+2193',
      'U+2212',
      'U+2215',
      'U+FEFF',
      'U+FFFD',
    ],
  },
  {file: 'noto-sans-cyrillic-wght-normal.woff2', unicodeRange: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116']},
] as const;

/** The page's typeface, as its `@font-face` rules name it, and as a font to load or check (any size). */
const FAMILY = 'Noto Sans';
const FAMILY_FONT = `1em '${FAMILY}'`;

/** Font names used by the map's text layers; MapLibre derives weight and style from the name. */
export const MAP_FONTS = {regular: 'Noto Sans Regular', bold: 'Noto Sans Bold', italic: 'Noto Sans Italic'} as const;

/** The address of a font file, relative to the page's address `base`. */
export function fontUrl(file: string, base: string): string {
  return new URL(`fonts/${file}`, base).href;
}

/**
 * The page's `@font-face` rules; `prefix` is the fonts folder as the stylesheet sees it.
 *
 * `font-display: swap`, so that text is never invisible for long. The built page's first-paint
 * script (first-paint.ts, `holdFirstPaintForFont`) keeps the page from being shown until the
 * Latin subset, preloaded by index.html, is in, for a short while at most: text painted in a
 * fallback font and swapped later would break into lines anew and push the page down.
 */
export function fontFaceCss(prefix = '/fonts/'): string {
  return FONT_SUBSETS.map(
    (subset) => `@font-face {
  font-family: '${FAMILY}';
  font-style: normal;
  font-weight: 100 900;
  font-display: swap;
  src: url('${prefix}${subset.file}') format('woff2');
  unicode-range: ${subset.unicodeRange.join(', ')};
}
`,
  ).join('');
}

/** How long the map waits for its fonts before it draws in a fallback (a font that never answers). */
export const FONT_LOAD_LIMIT_MS = 3000;

/**
 * Starts the download of every subset the map's labels use (Cyrillic only loads when text needs
 * it): the labels are measured once, with the right font, instead of again when it arrives.
 * Resolves when they are in, or could not be loaded, or after `FONT_LOAD_LIMIT_MS` (the page then
 * keeps its fallback font until they come).
 */
export function loadFontSubsets(): Promise<void> {
  const sample = 'A\u042F'; // Latin A and Cyrillic Я: one character from each subset.
  const loaded = (document.fonts?.load(FAMILY_FONT, sample) ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, FONT_LOAD_LIMIT_MS))]);
}

/**
 * How long the built page may stay unshown waiting for its font (first-paint.ts): on a fast
 * connection the preloaded font is in within tens of milliseconds; on slow 4G its 36 kB take about
 * a third of a second after the page. Past this, the page is shown in a fallback font rather than
 * kept blank (and may then move once, when the font arrives).
 */
export const FONT_WAIT_MS = 500;

/**
 * Holds the page's first paint until the Latin subset is in, or `FONT_WAIT_MS` have passed: the
 * `is-font-pending` class hides the page (base.css), so no text is laid out on screen in a font
 * it would then leave. Called before anything is painted, by the first-paint script.
 */
export function holdFirstPaintForFont(root: HTMLElement = document.documentElement): void {
  if (!document.fonts || document.fonts.check(FAMILY_FONT)) return;
  root.classList.add('is-font-pending');
  const show = () => root.classList.remove('is-font-pending');
  setTimeout(show, FONT_WAIT_MS);
  document.fonts.load(FAMILY_FONT).then(show, show);
}
