/**
 * Start-up: the theme and the embed layout are decided before anything is drawn, then the data is
 * loaded and the app built (app.ts). If the data cannot be loaded, the reader gets a message and
 * a way to try again, never a blank page.
 */
import 'virtual:theme.css';
import './styles/index.css';
import {startApp, type PageElements} from './app.ts';
import {loadStoryData} from './story/load-story.ts';
import {setMapState} from './map/map-controller-types.ts';
import {readEmbedOptions} from './state/url-schema.ts';
import {afterFirstPaint, yieldToMain} from './lib/yield-to-main.ts';
import {applyEmbedLayout} from './embed/embed-layout.ts';
import {reportHeight} from './embed/height-messages.ts';
import {showLoadError} from './ui/load-error.ts';
import {loadFontSubsets} from './lib/fonts.ts';
import {createThemeToggle} from './ui/theme.ts';

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page is missing #${id}`);
  return element as T;
}

const map = required<HTMLDivElement>('map');
// The key is in the page as the build wrote it (legend.ts), on screen from the first paint.
const legend = required('legend');
const page: PageElements = {
  map,
  mapNote: required('map-note'),
  mapSection: map.closest<HTMLElement>('.map-section')!,
  caption: required('map-caption'),
  detail: required('detail'),
  timeline: required('timeline'),
  events: required('events'),
  legend,
  shareButton: required('share-button'),
  presentButton: required('present-button'),
  imageButton: required('image-button'),
  tourButton: required('story-start'),
  fullPageLink: required('full-page-link'),
  credit: required('embed-credit'),
  pageTitle: required('page-title').textContent?.trim() ?? document.title,
};

// The script runs: the note that says why a page did not start (index.html) is not needed.
document.documentElement.dataset.script = 'running';
const embed = readEmbedOptions(location.search);
// The theme and the embed's classes are applied already, before the first paint (first-paint.ts).
createThemeToggle(required('theme-button'));
applyEmbedLayout(embed, {events: page.events.closest('section')!, fullPageLink: page.fullPageLink});
// In a frame, the host page is told the content's height from the start (even while loading).
reportHeight(embed.childId ?? embed.id, embed.childId !== undefined);

async function start(): Promise<void> {
  setMapState(map, 'loading');
  map.setAttribute('aria-busy', 'true');
  try {
    // The page's header and frame are painted first, before the data is asked for and read: the
    // reader sees the page at once, and the data's download does not compete with the first paint.
    await afterFirstPaint();
    const [{story, geography}] = await Promise.all([loadStoryData(), loadFontSubsets()]);
    // Parsing the data is one task, building the page another: two short tasks keep a slow phone
    // responsive where one long one would not.
    await yieldToMain();
    map.removeAttribute('aria-busy');
    await startApp(story, geography, page, embed);
  } catch (error) {
    map.removeAttribute('aria-busy');
    setMapState(map, 'error');
    showLoadError(map, error instanceof Error ? error.message : String(error), () => void start());
  }
}

void start();
