/**
 * The "Download image" button: the view as a PNG with the title, what the view shows, the map as
 * drawn, the legend and a sources line. The code that draws it is loaded when first asked for:
 * exporting is rare, and first paint should not wait for it.
 */
import type {AppState} from '../state/app-state.ts';
import {presentCaption} from '../state/captions.ts';
import {eventsOnDay, latestEstimate, mostCitedPublishers, publishersOf} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {createToast} from '../lib/toast.ts';
import {loadFailureMessage} from '../lib/load-failure.ts';

export interface ImageExportOptions {
  button: HTMLButtonElement;
  index: StoryIndex;
  getState: () => Readonly<AppState>;
  /** The map as drawn now, `pixelWidth` pixels wide, with its size on the page. */
  snapshot: (pixelWidth: number) => Promise<{image: CanvasImageSource; width: number; height: number}>;
  /** The timeline as drawn now, `pixelWidth` pixels wide, with its size on the page. */
  timeline: (pixelWidth: number) => Promise<{image: CanvasImageSource; width: number; height: number}>;
  /** The legend's entries, each with its drawn key. */
  legend: () => {key: SVGSVGElement; text: string}[];
  pageTitle: string;
  viewUrl: () => string;
  /** Tells the reader it worked (a screen reader hears it; the download shows itself). */
  report: (message: string) => void;
}

export interface ImageExport {
  destroy(): void;
}

export function createImageExport(options: ImageExportOptions): ImageExport {
  const {index, button} = options;
  let making = false;
  // A failure (offline, the export code cannot be fetched) is shown, not only announced.
  const toast = createToast();
  const make = () => {
    // Not `disabled`: a disabled button would drop the keyboard focus.
    if (making) return;
    making = true;
    const state = options.getState();
    const event = state.eventId ? index.eventById.get(state.eventId) : undefined;
    // The sources of what the view shows: the event's, else the day's events' and the latest estimate's.
    const estimate = latestEstimate(index, state.date);
    const cited = event ? event.sources : [...eventsOnDay(index, state.date).flatMap((e) => e.sources), ...(estimate?.sources ?? [])];
    const publishers = publishersOf(index, cited);
    if (!publishers.length) publishers.push(...mostCitedPublishers(index, 4), 'and others, cited on the page for each fact');
    import('./view-image.ts')
      .then(async ({renderViewImage, downloadPng, MAP_PIXEL_WIDTH}) => {
        const snapshot = await options.snapshot(MAP_PIXEL_WIDTH);
        const timeline = await options.timeline(MAP_PIXEL_WIDTH);
        const canvas = await renderViewImage({
          title: options.pageTitle,
          caption: presentCaption(index, state.date, event),
          map: snapshot.image,
          mapWidth: snapshot.width,
          mapHeight: snapshot.height,
          timeline,
          legend: options.legend(),
          sources: `Sources: ${publishers.join(', ')}. Borders: Natural Earth (public domain); towns: GeoNames (CC BY 4.0).`,
          link: options.viewUrl(),
        });
        await downloadPng(canvas, `russia-ukraine-${state.date}${event ? `-${event.id}` : ''}.png`);
      })
      .then(() => {
        toast.hide();
        options.report('Image downloaded.');
      })
      .catch((error: unknown) => toast.show(`The image could not be made: ${loadFailureMessage(error)}`))
      .finally(() => {
        making = false;
      });
  };
  button.addEventListener('click', make);
  return {
    destroy() {
      button.removeEventListener('click', make);
      toast.destroy();
    },
  };
}
