import {readFileSync} from 'node:fs';
import {defineConfig, type Plugin} from 'vite';
import {pageText, pageWithData, PREVIEW_ALT, socialMeta} from './data/scripts/page-html.ts';
import {PREVIEW_SIZE} from './data/scripts/social-preview.ts';
import type {Story} from './src/story/types.ts';
import {CONTENT_SECURITY_POLICY, HEADERS_FILE} from './src/security-policy.ts';
import {fontFaceCss} from './src/lib/fonts.ts';
import {themeCss} from './src/lib/palette.ts';

/** The stylesheet generated from the palette and the font list (see `src/lib/`), imported by the page. */
const THEME_CSS = 'virtual:theme.css';

/**
 * The page's `@font-face` rules and colour variables, generated from the modules that define them
 * for the maps too, so that each colour and each font file is written down once.
 */
function themeStylesheet(): Plugin {
  const resolved = `\0${THEME_CSS}`;
  return {
    name: 'theme-stylesheet',
    resolveId: (id) => (id === THEME_CSS ? resolved : undefined),
    load: (id) => (id === resolved ? `${fontFaceCss('/fonts/')}\n${themeCss()}` : undefined),
  };
}

/**
 * Adds to index.html what comes from the data (run `npm run build:data` first): the story as text
 * in `<noscript>`, and the social-preview metadata. `SITE_URL` (the address the site will be
 * served from, ending in `/`) makes the preview image's address absolute, as Facebook and others
 * require; without it the address is relative.
 */
function pageFromData(): Plugin {
  return {
    name: 'page-from-data',
    transformIndexHtml(html) {
      const story = JSON.parse(readFileSync(new URL('./public/data/story.json', import.meta.url), 'utf8')) as Story;
      const {title, description} = pageText(html);
      const site = process.env.SITE_URL;
      const meta = socialMeta({
        title,
        description,
        image: site ? new URL('social-preview.png', site).href : './social-preview.png',
        imageAlt: PREVIEW_ALT,
        ...PREVIEW_SIZE,
        ...(site ? {url: site} : {}),
      });
      return pageWithData(html, story, meta);
    },
  };
}

/**
 * The Content-Security-Policy, in the built page only: the dev server injects inline styles and
 * scripts for hot reloading, which the policy (rightly) forbids.
 */
function securityPolicy(): Plugin {
  return {
    name: 'security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
    generateBundle() {
      this.emitFile({type: 'asset', fileName: '_headers', source: HEADERS_FILE});
    },
  };
}

export default defineConfig({
  // Relative URLs, so the built folder works from any path on any static host.
  base: './',
  plugins: [themeStylesheet(), pageFromData(), securityPolicy()],
  build: {
    target: 'es2022',
    // MapLibre is one large pre-minified module that cannot be split further; its size is
    // guarded by the budgets test instead of this warning.
    chunkSizeWarningLimit: 1200,
  },
  server: {port: 5173},
  preview: {port: 4173, strictPort: true},
  // Vite's dependency optimiser cannot follow MapLibre's `?worker&url` import.
  optimizeDeps: {exclude: ['maplibre-gl']},
});
