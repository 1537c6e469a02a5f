/**
 * The page's first-paint script: the build inlines it in the page's `<head>` (vite.config.ts), so
 * that it runs before anything is painted, without waiting for a file. It applies what the address
 * and the reader's stored choice decide about the page's look: the theme, and the embed's layout
 * classes. It holds the first paint (first-paint-hold.ts) until they are applied and the page's
 * font is in, briefly at most; all but the hold itself is done in a task of its own. The page is
 * then painted once, in its final colours, font and layout.
 *
 * In the built page it then starts the page's main script (named in its `data-main`), once the page
 * has been painted: the browser shows the page first, then fetches and runs the script that draws
 * the map, and the script's download never holds back the first paint. The development server loads
 * this file as a module before main.ts instead (vite.config.ts), and main.ts itself.
 */
import {readEmbedOptions} from './state/url-schema.ts';
import {applyStartTheme} from './ui/theme.ts';
import {applyEmbedClasses} from './embed/embed-layout.ts';
import {afterFirstPaint, yieldToMain} from './lib/yield-to-main.ts';
import {preloadedFontReady} from './lib/fonts.ts';
import {holdFirstPaint} from './lib/first-paint-hold.ts';

// Read now: `currentScript` is only set while the script runs.
const main = (document.currentScript as HTMLScriptElement | null)?.dataset.main;

/**
 * Everything the first paint waits for, from the task after this one: the parser goes on at once,
 * and the work is done while the page waits for its font anyway. Reading the stored theme alone, a
 * synchronous call to the browser, took 2–18 ms in a fresh profile here.
 */
async function settleLook(): Promise<void> {
  await yieldToMain();
  if (main) void afterFirstPaint().then(() => import(/* @vite-ignore */ main));
  const options = readEmbedOptions(location.search);
  applyStartTheme(options.theme);
  applyEmbedClasses(options);
  await preloadedFontReady();
}

holdFirstPaint(settleLook());
