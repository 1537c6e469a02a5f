/**
 * The page's first-paint script: the build inlines it in the page's `<head>` (vite.config.ts), so
 * that it runs before anything is painted, without waiting for a file. It applies what the address
 * and the reader's stored choice decide about the page's look: the theme, and the embed's layout
 * classes. The page is then painted once, in its final colours and layout, however late its main
 * script arrives on a slow connection (main.ts applies both again, for the development server).
 */
import {readEmbedOptions} from './state/url-schema.ts';
import {applyStartTheme} from './ui/theme.ts';
import {applyEmbedClasses} from './embed/embed-layout.ts';

const options = readEmbedOptions(location.search);
applyStartTheme(options.theme);
applyEmbedClasses(options);
