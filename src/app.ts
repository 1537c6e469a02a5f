/**
 * The page, once its data is here: builds the views around one store and connects them. Views
 * report what the reader did through the actions; every store change is rendered by every view,
 * cheaply. Derived things (highlights, captions, announcements) come from pure selectors in
 * `state/`, and each feature (share, image export, guided tour, presentation, host bridge) is a
 * module of its own with `create…()` and `destroy()`.
 */
import type {Story} from './story/types.ts';
import type {Geography} from './story/geography-types.ts';
import type {Theme} from './lib/palette.ts';
import {createMapController} from './map/map-controller.ts';
import {createActions} from './state/actions.ts';
import {announcement} from './state/announcements.ts';
import {DEFAULT_STATE, FIRST_VIEW_DATE, cameraOn, type AppState} from './state/app-state.ts';
import {mapCaption, presentCaption} from './state/captions.ts';
import {highlightedEvents, highlightedPlaces} from './state/highlights.ts';
import {createStore} from './state/store.ts';
import {createStoryIndex} from './state/story-index.ts';
import {fullPageUrl, readUrlState, writeUrlState, type EmbedOptions} from './state/url-schema.ts';
import {syncUrl} from './state/url-sync.ts';
import {createPlayback} from './timeline/playback.ts';
import {createTimeline} from './timeline/timeline.ts';
import {createTimelineControls} from './timeline/timeline-controls.ts';
import {createAnnouncer} from './ui/announcer.ts';
import {yieldToMain} from './lib/yield-to-main.ts';
import {createDetailPanel} from './ui/detail/detail-panel.ts';
import {createEventsList} from './ui/events-list.ts';
import {describeHeldArea, legendEntriesFor, showLegendEntries} from './ui/legend.ts';
import {currentTheme, onThemeChange} from './ui/theme.ts';
import {createShare} from './share/share.ts';
import {createImageExport} from './export/image-export.ts';
import {createTour} from './tour/tour.ts';
import {createPresentation} from './presentation/presentation.ts';
import {createHostBridge} from './embed/host-bridge.ts';
import {renderEmbedCredit} from './embed/embed-credit.ts';

/** The elements of index.html the app is built into. */
export interface PageElements {
  map: HTMLElement;
  mapNote: HTMLElement;
  mapSection: HTMLElement;
  caption: HTMLElement;
  detail: HTMLElement;
  timeline: HTMLElement;
  events: HTMLElement;
  legend: HTMLElement;
  shareButton: HTMLButtonElement;
  presentButton: HTMLButtonElement;
  imageButton: HTMLButtonElement;
  tourButton: HTMLButtonElement;
  fullPageLink: HTMLAnchorElement;
  /** The embed's credit and source line. */
  credit: HTMLElement;
  pageTitle: string;
}

export async function startApp(story: Story, geography: Geography, page: PageElements, embed: EmbedOptions): Promise<void> {
  const index = createStoryIndex(story);
  const fromUrl = readUrlState(location.search, index);
  const opened = fromUrl.eventId ? index.eventById.get(fromUrl.eventId) : undefined;
  // A link to an event opens on it, with the camera on its places.
  const store = createStore<AppState>({...DEFAULT_STATE, ...fromUrl, camera: opened ? cameraOn(opened) : null});
  const actions = createActions(store, index);
  const announcer = createAnnouncer();
  describeHeldArea(page.legend, geography.heldSince2014.properties);
  showLegendEntries(page.legend, legendEntriesFor(story));

  /** The reader used the timeline: its hint goes (playback and the tour do not count). */
  const usedTimeline =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      controls.hideHint();
      action(...args);
    };
  /** Wraps what a reader does: a reader acting takes over from playback and the tour. */
  const takeOver = () => {
    playback.pause();
    tour.pause();
  };
  const byReader =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      takeOver();
      action(...args);
    };
  const hover = {
    event: (eventId: string | null) => actions.setHover(eventId ? {eventId} : null),
    place: (placeId: string | null) => actions.setHover(placeId ? {placeId} : null),
  };

  // Built before the map, which a reader may use before the rest is built: acting on it pauses
  // playback and the tour (`takeOver`).
  const playback = createPlayback(index, {
    getState: store.getState,
    goToDate: actions.goToDate,
    // Playback keeps the frame still: the reader watches what changes, not the camera.
    selectEvent: (eventId) => actions.selectEvent(eventId, false),
    onChange: (playing) => controls.setPlaying(playing),
  });
  const tour = createTour({
    container: page.mapSection,
    startButton: page.tourButton,
    steps: story.storySteps,
    actions,
    onStep: () => playback.pause(),
  });

  const panel = createDetailPanel(page.detail, index, {
    foldDay: embed.embed,
    onClose() {
      const {placeId} = store.getState();
      actions.closeDetails();
      // Focus goes back to where the reader came from: the place, else the timeline.
      const button = placeId ? map.targets.buttonFor(placeId) : undefined;
      if (button) button.focus();
      else timeline.handle.focus();
    },
    onSelectPlace: byReader((placeId: string) => {
      actions.selectPlace(placeId);
      panel.focusHeading();
    }),
    onSelectEvent: byReader((eventId: string) => {
      actions.selectEvent(eventId);
      panel.focusHeading();
    }),
  });

  // The panel and the rest above are one task, the map another, the timeline and the rest a
  // third, the first render a fourth: shorter tasks keep a slow phone responsive where one long
  // one would not. In between, a reader can reach only what is built before; what they change in
  // the store is shown by the first render.
  await yieldToMain();

  const map = createMapController(page.map, geography, index, store.getState().date, {
    note: page.mapNote,
    // Inside an article, scrolling the page must not zoom the map: Ctrl/⌘ + scroll, two fingers.
    cooperativeGestures: embed.embed,
    theme: currentTheme(),
    onActivatePlace: byReader((placeId: string) => {
      actions.selectPlace(placeId);
      panel.focusHeading();
    }),
    onHoverPlace: hover.place,
  });
  await yieldToMain();

  const timeline = createTimeline(page.timeline, index, {
    onDate: usedTimeline(byReader(actions.goToDate)),
    onSelectEvent: usedTimeline(byReader(actions.selectEvent)),
    onStep: usedTimeline(byReader((direction: 1 | -1) => actions.stepEvent(direction))),
    onHover: hover.event,
    theme: currentTheme(),
    date: store.getState().date,
  });
  const controls = createTimelineControls(page.timeline, {
    onPlay: usedTimeline(() => playback.play()),
    onPause: () => playback.pause(),
    onSpeed: (speed) => playback.setSpeed(speed),
    onStep: byReader((direction: 1 | -1) => actions.stepEvent(direction)),
  });
  const list = createEventsList(page.events, index, {onSelect: byReader(actions.selectEvent), onHover: hover.event});
  syncUrl(store.getState, store.subscribe, FIRST_VIEW_DATE);

  const presentation = createPresentation({
    button: page.presentButton,
    getState: store.getState,
    actions,
    onStep: takeOver,
    setLabelScale: (scale) => {
      map.setLabelScale(scale);
      timeline.setLabelScale(scale);
    },
  });
  onThemeChange((theme: Theme) => {
    map.setTheme(theme);
    timeline.setTheme(theme);
  });

  /** The address of the view shown, as a full page. */
  const viewUrl = () =>
    fullPageUrl(`${location.origin}${location.pathname}${writeUrlState(location.search, store.getState(), FIRST_VIEW_DATE)}`);
  createShare({
    button: page.shareButton,
    index,
    getState: store.getState,
    subscribe: store.subscribe,
    viewUrl,
    embedId: embed.id,
    pageTitle: page.pageTitle,
  });
  createImageExport({
    button: page.imageButton,
    index,
    getState: store.getState,
    snapshot: (pixelWidth) => map.snapshot(pixelWidth),
    timeline: (pixelWidth) => timeline.snapshot(pixelWidth),
    legend: () =>
      [...page.legend.querySelectorAll('.legend__item')].map((item) => ({
        key: item.querySelector('svg')!,
        text: item.querySelector('.legend__text')?.textContent?.trim() ?? '',
      })),
    pageTitle: page.pageTitle,
    viewUrl,
    report: (message) => announcer.announce(message),
  });
  createHostBridge({index, store, actions, embedId: embed.id, onCommand: takeOver});
  const creditLink = embed.embed ? renderEmbedCredit(page.credit, index) : null;

  let highlightKey = '';
  const render = (state: Readonly<AppState>, previous?: Readonly<AppState>) => {
    map.setDate(state.date);
    map.setCamera(state.camera);
    const places = highlightedPlaces(index, state);
    if (places.join() !== highlightKey) {
      highlightKey = places.join();
      map.setHighlight(places);
    }
    timeline.render({date: state.date, eventId: state.eventId, highlighted: highlightedEvents(index, state)});
    list.setSelected(state.eventId);
    panel.render(state);
    tour.render(state.tourStep);
    presentation.render(state, previous);
    page.fullPageLink.href = viewUrl();
    if (creditLink) creditLink.href = viewUrl();

    const event = state.eventId ? index.eventById.get(state.eventId) : undefined;
    if (state.present) {
      if (state.present !== previous?.present || state.date !== previous.date || state.eventId !== previous.eventId)
        page.caption.textContent = presentCaption(index, state.date, event);
    } else if (state.date !== previous?.date || previous.present) {
      page.caption.textContent = mapCaption(index, state.date);
    }
    const message = previous ? announcement(index, state, previous) : null;
    if (message) announcer.announce(message);
  };
  // The first render fills the panel, the timeline and the map.
  await yieldToMain();
  store.subscribe(render);
  render(store.getState());

  // Kiosks and classrooms: play on load, the story from its step or the timeline from its day;
  // not for a reader who asked for less motion.
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (embed.autoplay && !reducedMotion) {
    if (store.getState().tourStep !== null) tour.play();
    else playback.play();
  }
}
