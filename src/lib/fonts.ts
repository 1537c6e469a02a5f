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

/** Font names used by the map's text layers; MapLibre derives weight and style from the name. */
export const MAP_FONTS = {regular: 'Noto Sans Regular', bold: 'Noto Sans Bold', italic: 'Noto Sans Italic'} as const;

/** The address of a font file, relative to the page's address `base`. */
export function fontUrl(file: string, base: string): string {
  return new URL(`fonts/${file}`, base).href;
}

/**
 * The page's `@font-face` rules; `prefix` is the fonts folder as the stylesheet sees it.
 *
 * `font-display: optional`: the Latin subset is preloaded (index.html) and is almost always in
 * before the first paint; when it is not (a slow connection, a busy phone), the page keeps its
 * fallback font rather than swapping it in later, when the headline's lines would break anew and
 * push the page down under the reader. The next visit has the font from the cache.
 */
export function fontFaceCss(prefix = '/fonts/'): string {
  return FONT_SUBSETS.map(
    (subset) => `@font-face {
  font-family: 'Noto Sans';
  font-style: normal;
  font-weight: 100 900;
  font-display: optional;
  src: url('${prefix}${subset.file}') format('woff2');
  unicode-range: ${subset.unicodeRange.join(', ')};
}
`,
  ).join('');
}

/**
 * Starts the download of every subset the map's labels use (Cyrillic only loads when text needs
 * it): the labels are measured once, with the right font, instead of again when it arrives.
 * Resolves when they are in, or could not be loaded (the page then keeps its fallback font).
 */
export function loadFontSubsets(): Promise<void> {
  const sample = 'A\u042F'; // Latin A and Cyrillic Я: one character from each subset.
  return (document.fonts?.load(`1em 'Noto Sans'`, sample) ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}
