/**
 * The page's first-paint script: the build inlines it in the page's `<head>` (vite.config.ts), so
 * that it runs before anything is painted, without waiting for a file. It applies what the address
 * and the reader's stored choice decide about the page's look: the theme, and the embed's layout
 * classes; and it holds the first paint, briefly, until the page's font is in and the stored
 * choice has been read, in a task of its own (first-paint-hold.ts). The page is then painted once,
 * in its final colours, font and layout.
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

const options = readEmbedOptions(location.search);
applyEmbedClasses(options);
holdFirstPaint([preloadedFontReady(), applyStartTheme(options.theme, yieldToMain)]);

const main = (document.currentScript as HTMLScriptElement | null)?.dataset.main;
if (main) void afterFirstPaint().then(() => import(/* @vite-ignore */ main));
