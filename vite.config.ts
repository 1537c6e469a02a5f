import {readFileSync} from 'node:fs';
import {build, defineConfig, type Plugin, type Rollup} from 'vite';
import {pageText, pageWithData, PREVIEW_ALT, socialMeta, textPage} from './data/scripts/page-html.ts';
import {PREVIEW_SIZE} from './data/scripts/social-preview.ts';
import type {Story} from './src/story/types.ts';
import {HEADERS_FILE, inlineHash, pagePolicy} from './src/security-policy.ts';
import {fontFaceCss, fontStackCss} from './src/lib/fonts.ts';
import {themeCss} from './src/lib/palette.ts';

/** The stylesheet generated from the palette and the font list (see `src/lib/`), imported by the page. */
const THEME_CSS = 'virtual:theme.css';

/**
 * The page's `@font-face` rules, font stack and colour variables, generated from the modules that define them
 * for the maps too, so that each colour and each font file is written down once.
 */
function themeStylesheet(): Plugin {
  const resolved = `\0${THEME_CSS}`;
  return {
    name: 'theme-stylesheet',
    resolveId: (id) => (id === THEME_CSS ? resolved : undefined),
    load: (id) => (id === resolved ? `${fontFaceCss('/fonts/')}\n${fontStackCss()}\n${themeCss()}` : undefined),
  };
}

const readStory = () => JSON.parse(readFileSync(new URL('./public/data/story.json', import.meta.url), 'utf8')) as Story;

/**
 * Adds to index.html what comes from the data (run `npm run build:data` first): the map's key, and
 * the social-preview metadata. `SITE_URL` (the address the site will be served from, ending in
 * `/`) makes the preview image's address absolute, as Facebook and others require; without it the
 * address is relative. The development server also serves the story in text (`text.html`), without
 * the site's stylesheet, which only the build has.
 */
function pageFromData(): Plugin {
  return {
    name: 'page-from-data',
    transformIndexHtml(html) {
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
      return pageWithData(html, readStory(), meta);
    },
    configureServer(server) {
      server.middlewares.use('/text.html', (_request, response) => {
        const {title, headline} = pageText(readFileSync(new URL('./index.html', import.meta.url), 'utf8'));
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(textPage(readStory(), {title, headline}));
      });
    },
  };
}

/**
 * On the development server, the first-paint script (inlined by the build, see builtPage) is loaded
 * as a module, before main.ts: the page has its theme and embed classes the same way.
 */
function firstPaintOnDevServer(): Plugin {
  return {
    name: 'first-paint-on-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        '<script type="module" src="/src/main.ts">',
        () => '<script type="module" src="/src/first-paint.ts"></script>\n    <script type="module" src="/src/main.ts">',
      ),
  };
}

/** The first-paint script (src/first-paint.ts) as one classic script, for the page's `<head>`. */
async function firstPaintScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      lib: {entry: new URL('./src/first-paint.ts', import.meta.url).pathname, formats: ['iife'], name: 'firstPaint'},
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('src/first-paint.ts did not build');
  return chunk.code.trim();
}

/**
 * The built page, made to be painted after one round trip for the page itself (the page, its
 * stylesheet and its first-paint script fit in about 14 kB compressed, TCP's first window):
 *
 *   - the stylesheet is inlined, so the first paint waits for no other file; the file stays too,
 *     for text.html;
 *   - the first-paint script (src/first-paint.ts) replaces the main script's tag, after the
 *     stylesheet: it applies the theme and the embed's layout classes and holds the first paint
 *     for the font, before anything is painted, then starts the main script (its `data-main`)
 *     once the page has been painted;
 *   - the Content-Security-Policy allows exactly that inline code, by hash (security-policy.ts).
 *
 * The development server has none of this: it injects inline styles and scripts for hot reloading,
 * which the policy (rightly) forbids.
 */
function builtPage(): Plugin {
  return {
    name: 'built-page',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      const entry = Object.values(bundle).find((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.isEntry);
      const stylesheetFile = entry ? [...(entry.viteMetadata?.importedCss ?? [])][0] : undefined;
      const stylesheet = stylesheetFile ? bundle[stylesheetFile] : undefined;
      if (page?.type !== 'asset' || !entry || stylesheet?.type !== 'asset')
        throw new Error('The build has no index.html, entry script or stylesheet');

      // The stylesheet's own URLs are relative to assets/; inline, they are relative to the page.
      const style = String(stylesheet.source).replaceAll('url(../', 'url(./').trim();
      const script = await firstPaintScript();
      // Inline, a closing tag inside the code would end it early, and the rest would be read as HTML.
      if (/<\/style/i.test(style) || /<\/script/i.test(script))
        throw new Error('The inline stylesheet or script holds its own closing tag');
      const policy = pagePolicy({scripts: [inlineHash(script)], styles: [inlineHash(style)]});
      let html = String(page.source);
      const replace = (pattern: RegExp, text: string, what: string) => {
        if (!pattern.test(html)) throw new Error(`index.html as built has no ${what}`);
        html = html.replace(pattern, () => text);
      };
      replace(
        /<meta charset="utf-8" \/>/,
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        'charset',
      );
      replace(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js"><\/script>\s*/, '', 'entry script');
      // The script after the stylesheet: it waits for the font the stylesheet declares.
      replace(
        /<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"[^>]*>/,
        `<style>${style}</style>\n    <script data-main="./${entry.fileName}">${script}</script>`,
        'stylesheet link',
      );
      page.source = html;

      const {title, headline} = pageText(html);
      this.emitFile({
        type: 'asset',
        fileName: 'text.html',
        source: textPage(readStory(), {title, headline, stylesheet: `./${stylesheetFile}`}),
      });
      this.emitFile({type: 'asset', fileName: '_headers', source: HEADERS_FILE});
    },
  };
}

export default defineConfig({
  // Relative URLs, so the built folder works from any path on any static host.
  base: './',
  plugins: [themeStylesheet(), pageFromData(), builtPage(), firstPaintOnDevServer()],
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
