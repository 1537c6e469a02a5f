/**
 * The one typeface of the page and of the map's labels: Noto Sans (SIL Open Font License),
 * variable weight, in two subsets copied into `public/fonts/` by the data build. The browser
 * fetches a subset only when text needs it. Declared once, here: the page's `@font-face` rules and
 * font stack are generated from it (`fontFaceCss`, `fontStackCss`, through Vite), and the images
 * drawn on canvases use the same stack (`FONT_STACK`).
 */

/** The page's main family: the Latin subset. */
const MAIN_FAMILY = 'Noto Sans';

export const FONT_SUBSETS = [
  {
    family: MAIN_FAMILY,
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
  {
    family: 'Noto Sans Cyrillic',
    file: 'noto-sans-cyrillic-wght-normal.woff2',
    unicodeRange: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
  },
] as const;

/**
 * The font stack of the page and of the images drawn on canvases: the subsets, then the system's
 * font while they load or if they cannot.
 *
 * Each subset is a family of its own. Had the Cyrillic subset been a second face of 'Noto Sans'
 * (split by `unicode-range`), Chrome would prepare a stand-in system font for every size and weight
 * of the page while that face is not loaded, which is nearly always (it loads when Cyrillic text is
 * shown): a font lookup each, 10–40 ms before the first paint here. Further down the stack, the
 * Cyrillic family is only looked at for the characters the Latin one lacks.
 */
export const FONT_STACK = /* @__PURE__ */ [...FONT_SUBSETS.map(({family}) => `'${family}'`), 'system-ui', 'sans-serif'].join(', ');

/** The page's main family, as a font to load (any size). */
const MAIN_FONT = `1em '${MAIN_FAMILY}'`;

/**
 * The page's `@font-face` rules; `prefix` is the fonts folder as the stylesheet sees it.
 *
 * `font-display: swap`, so that text is never invisible for long. The built page's first-paint
 * script (first-paint.ts, with `preloadedFontReady`) keeps the page from being shown until the
 * Latin subset, preloaded by index.html, is in, for a short while at most: text painted in a
 * fallback font and swapped later would break into lines anew and push the page down.
 */
export function fontFaceCss(prefix = '/fonts/'): string {
  return FONT_SUBSETS.map(
    (subset) => `@font-face {
  font-family: '${subset.family}';
  font-style: normal;
  font-weight: 100 900;
  font-display: swap;
  src: url('${prefix}${subset.file}') format('woff2');
  unicode-range: ${subset.unicodeRange.join(', ')};
}
`,
  ).join('');
}

/** The font stack as the stylesheets use it: `font-family: var(--font)`. */
export function fontStackCss(): string {
  return `:root {\n  --font: ${FONT_STACK};\n}\n`;
}

/** How long the map waits for its fonts before it draws in a fallback (a font that never answers). */
export const FONT_LOAD_LIMIT_MS = 3000;

/**
 * Starts the download of every subset that the map's labels and the image export use (Cyrillic
 * only loads when text needs it): their text is measured once, with the right font, instead of
 * again when it arrives. Resolves when they are in, or could not be loaded, or after
 * `FONT_LOAD_LIMIT_MS` (the page then keeps its fallback font until they come).
 */
export function loadFontSubsets(): Promise<void> {
  const sample = 'A\u042F'; // Latin A and Cyrillic Я: one character from each subset.
  const fonts = document.fonts;
  const loaded = fonts
    ? Promise.all(FONT_SUBSETS.map(({family}) => fonts.load(`1em '${family}'`, sample))).then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, FONT_LOAD_LIMIT_MS))]);
}

/**
 * Resolves once the page's main font (the Latin subset, preloaded by index.html) is in and ready,
 * or could not be loaded; at once where there is no preload (the development server) or no
 * font-loading API. The first-paint script holds the page's first paint until then
 * (first-paint.ts): laid out in a fallback font, the page would be laid out again when the font
 * comes, and each font size of a fallback costs the browser a font lookup before it can paint.
 *
 * It waits for the font's preload before it asks `document.fonts` for the font: the font-loading
 * API resolves the page's styles and fonts on the spot (8 ms of the script's 15 here), and that is
 * better done once the parser is through than in the middle of it. The preload's file is then in
 * memory: the font is ready a moment later, before the page's first layout.
 */
export function preloadedFontReady(): Promise<void> {
  const preload = document.querySelector<HTMLLinkElement>('link[rel="preload"][as="font"]');
  if (!preload || !('fonts' in document)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    const whenInMemory = () => document.fonts.load(MAIN_FONT).then(done, done);
    // A cached font (or a fast connection) may be in before this script runs: its `load` is past.
    if (performance.getEntriesByName(preload.href, 'resource').length > 0) setTimeout(whenInMemory);
    else {
      preload.addEventListener('load', whenInMemory, {once: true});
      preload.addEventListener('error', done, {once: true});
    }
  });
}
