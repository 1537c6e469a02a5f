/**
 * Start-up and wiring: load the data, then build the views around one store. Views report what
 * the reader did through the actions; each store change is rendered by every view, cheaply.
 */
import './styles/app.css';
import './styles/tour.css';
import './styles/phone.css';
import './styles/presentation.css';
import './styles/print.css';
import {loadStoryData} from './story/load-story.ts';
import type {Geography, Story} from './story/types.ts';
import {createMapController, setMapState} from './map/map-controller.ts';
import {createActions} from './state/actions.ts';
import {DEFAULT_STATE, FIRST_VIEW_DATE, type AppState} from './state/app-state.ts';
import {adjacentEvent, eventsOnDay} from './state/selectors.ts';
import {createStore} from './state/store.ts';
import {createStoryIndex} from './state/story-index.ts';
import {readUrlState, syncUrl, writeUrlState} from './state/url-state.ts';
import {createPlayback} from './timeline/playback.ts';
import {createTimeline} from './timeline/timeline.ts';
import {createTimelineControls} from './timeline/timeline-controls.ts';
import {createAnnouncer} from './ui/announcer.ts';
import {createDetailPanel} from './ui/detail/detail-panel.ts';
import {createEventsList} from './ui/events-list.ts';
import {displayDate, formatDate} from './lib/format.ts';
import {createLegend} from './ui/legend.ts';
import {applyStoredTheme, currentTheme, onThemeChange, setTheme} from './ui/theme.ts';
import {applyPaletteVariables, type Theme} from './lib/palette.ts';
import {showLoadError} from './ui/load-error.ts';
import {createPresentation} from './presentation/presentation-keys.ts';
import {presentCaption} from './state/captions.ts';
import {createStoryBar} from './tour/tour-bar.ts';
import {createShareDialog} from './share/share-dialog.ts';
import {citation, embedCode} from './share/embed-code.ts';
import {fullPageUrl, readEmbedOptions} from './embed/embed-options.ts';
import {reportHeight} from './embed/height-messages.ts';
import {listenToHost, stateMessage} from './embed/host-messages.ts';

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page is missing #${id}`);
  return element as T;
}

const mapContainer = required<HTMLDivElement>('map');
const mapNote = required<HTMLParagraphElement>('map-note');
const panelElement = required<HTMLElement>('detail');
const caption = required<HTMLParagraphElement>('map-caption');
const timelineElement = required<HTMLDivElement>('timeline');
const eventsElement = required<HTMLDivElement>('events');
const shareButton = required<HTMLButtonElement>('share-button');
const presentButton = required<HTMLButtonElement>('present-button');
const imageButton = required<HTMLButtonElement>('image-button');
const mapSection = mapContainer.closest<HTMLElement>('.map-section')!;
const fullPageLink = required<HTMLAnchorElement>('full-page-link');
const pageTitle = required<HTMLHeadingElement>('page-title').textContent?.trim() ?? document.title;

// The theme, and the compact layout for iframes, are decided before anything is drawn.
applyStoredTheme();
applyPaletteVariables(currentTheme());
const themeButton = required<HTMLButtonElement>('theme-button');
const showTheme = (theme: Theme) => themeButton.setAttribute('aria-pressed', String(theme === 'dark'));
showTheme(currentTheme());
themeButton.addEventListener('click', () => setTheme(currentTheme() === 'dark' ? 'light' : 'dark'));
onThemeChange((theme) => {
  applyPaletteVariables(theme);
  showTheme(theme);
});

const embedOptions = readEmbedOptions(location.search);
const framed = window.parent !== window;
if (embedOptions.embed) document.documentElement.classList.add('is-embed');
// In a frame, the host page is told the content's height from the start (even while loading).
reportHeight(embedOptions.id);

const legend = createLegend();
required<HTMLElement>('legend-slot').replaceWith(legend);
if (embedOptions.embed) {
  fold(legend, 'Legend');
  fold(eventsElement.closest('section')!, 'All events');
}

/** Folds a section of the page under a disclosure (the embed keeps only the map and timeline open). */
function fold(content: HTMLElement, summary: string): void {
  const details = document.createElement('details');
  details.className = 'fold';
  const label = document.createElement('summary');
  label.textContent = summary;
  content.before(details);
  details.append(label, content);
}

/** Map labels in the presentation layout, relative to the usual: read from the back of a room. */
const PRESENT_LABEL_SCALE = 1.6;

function startApp(story: Story, geography: Geography): void {
  const index = createStoryIndex(story);
  const store = createStore<AppState>({...DEFAULT_STATE, ...readUrlState(location.search, index)});
  const announcer = createAnnouncer();

  const actions = createActions(store, index, {showPlaces: (ids, animate) => map.showPlaces(ids, animate)});
  /** Wraps what a reader does: a reader acting takes over from playback. */
  const byReader =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      playback.pause();
      storyBar.pause();
      action(...args);
    };

  const panel = createDetailPanel(panelElement, index, {
    foldDay: embedOptions.embed,
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

  const map = createMapController(mapContainer, geography, index, store.getState().date, {
    note: mapNote,
    // Inside an article, scrolling the page must not zoom the map: Ctrl/⌘ + scroll, two fingers.
    cooperativeGestures: embedOptions.embed,
    theme: currentTheme(),
    onActivatePlace: byReader((placeId: string) => {
      actions.selectPlace(placeId);
      panel.focusHeading();
    }),
    onHoverPlace: (placeId) => actions.setHover(placeId ? {placeId} : null),
  });

  const timeline = createTimeline(timelineElement, index, {
    onDate: byReader(actions.goToDate),
    onSelectEvent: byReader(actions.selectEvent),
    onHover: (eventId) => actions.setHover(eventId ? {eventId} : null),
  });
  const playback = createPlayback(index, {
    getState: store.getState,
    goToDate: actions.goToDate,
    selectEvent: actions.selectEvent,
    onChange: (playing) => controls.setPlaying(playing),
  });
  const controls = createTimelineControls(timelineElement, {
    onPlay: () => playback.play(),
    onPause: () => playback.pause(),
    onSpeed: (speed) => playback.setSpeed(speed),
    onStep: byReader((direction: 1 | -1) => {
      const target = adjacentEvent(index, store.getState(), direction);
      if (target) actions.selectEvent(target.id);
    }),
  });
  const list = createEventsList(eventsElement, index, {
    onSelect: byReader(actions.selectEvent),
    onHover: (eventId) => actions.setHover(eventId ? {eventId} : null),
  });
  syncUrl(store.getState, store.subscribe, FIRST_VIEW_DATE);

  // The guided story: each step selects its event; the bar tells the step's text.
  const steps = story.storySteps;
  const goToStep = (step: number) => {
    const target = steps[step];
    if (!target) return;
    playback.pause();
    store.setState({storyStep: step});
    actions.selectEvent(target.event);
  };
  const storyBar = createStoryBar(mapSection, {
    steps,
    startButton: required<HTMLButtonElement>('story-start'),
    onStep: goToStep,
    onEnd() {
      store.setState({storyStep: null});
      storyBar.startButton.focus();
    },
  });

  // The presentation layout: the keys step through the story when one is told, else the events.
  const presentation = createPresentation({
    onStep(direction) {
      const {storyStep} = store.getState();
      if (storyStep !== null) {
        storyBar.pause();
        goToStep(storyStep + direction);
        return;
      }
      // From a day with events but none chosen, the first step forward is the day's first event.
      const state = store.getState();
      const [today] = state.eventId ? [] : eventsOnDay(index, state.date);
      const target = direction === 1 && today ? today : adjacentEvent(index, state, direction);
      if (target) byReader(actions.selectEvent)(target.id);
    },
    onLeave: () => store.setState({present: false}),
  });
  presentButton.addEventListener('click', () => store.setState({present: !store.getState().present}));
  onThemeChange((theme) => {
    map.setTheme(theme);
    timeline.redraw();
  });

  /** The address of the view shown, as a full page. */
  const viewUrl = () =>
    fullPageUrl(`${location.origin}${location.pathname}${writeUrlState(location.search, store.getState(), FIRST_VIEW_DATE)}`);
  const share = createShareDialog(
    [
      {label: 'Events (CSV)', href: './data/downloads/events.csv', file: 'events.csv'},
      {label: 'Places (CSV)', href: './data/downloads/places.csv', file: 'places.csv'},
      {label: 'Troop reports (CSV)', href: './data/downloads/troop-reports.csv', file: 'troop-reports.csv'},
      {label: 'Troop estimates (CSV)', href: './data/downloads/estimates.csv', file: 'estimates.csv'},
      {label: 'Places (GeoJSON)', href: './data/downloads/places.geojson', file: 'places.geojson'},
      {label: 'Licences and notes (text)', href: './data/downloads/LICENCES.txt', file: 'LICENCES.txt'},
    ],
    () => shareButton,
  );
  shareButton.addEventListener('click', () => {
    const state = store.getState();
    const event = state.eventId ? index.eventById.get(state.eventId) : undefined;
    const place = state.placeId ? index.placeById.get(state.placeId) : undefined;
    const view = [place?.name ?? event?.title, formatDate(state.date)].filter(Boolean).join(', ');
    share.open({
      link: viewUrl(),
      embed: embedCode({viewUrl: viewUrl(), id: embedOptions.id, title: `Map: ${pageTitle}`, initialHeight: 760}),
      citation: citation({
        title: pageTitle,
        publisher: location.host,
        viewUrl: viewUrl(),
        dataVersion: story.version,
        accessed: new Date().toISOString().slice(0, 10),
        view,
      }),
    });
  });

  let makingImage = false;
  imageButton.addEventListener('click', () => {
    // Not `disabled`: a disabled button would drop the keyboard focus.
    if (makingImage) return;
    makingImage = true;
    const state = store.getState();
    const event = state.eventId ? index.eventById.get(state.eventId) : undefined;
    const publishers = [...new Set(event?.sources.map((c) => story.sources[c.source]?.publisher).filter(Boolean))];
    map
      .snapshot()
      .then(async (snapshot) => {
        // Loaded when asked for: exporting is rare, and first paint should not wait for it.
        const {renderViewImage, downloadPng} = await import('./export/view-image.ts');
        const canvas = await renderViewImage({
          title: pageTitle,
          caption: presentCaption(index, state.date, event),
          map: snapshot.image,
          mapWidth: snapshot.width,
          mapHeight: snapshot.height,
          legend: [...legend.querySelectorAll('.legend__item')].map((item) => ({
            key: item.querySelector('svg')!,
            text: item.textContent?.trim() ?? '',
          })),
          sources: `${publishers.length ? `Sources: ${publishers.join(', ')}. ` : 'Every place and event is sourced on the page. '}Borders: Natural Earth (public domain); towns: GeoNames (CC BY 4.0).`,
          link: viewUrl(),
        });
        await downloadPng(canvas, `russia-ukraine-${state.date}${event ? `-${event.id}` : ''}.png`);
      })
      .then(() => announcer.announce('Image downloaded.'))
      .catch((error: unknown) =>
        announcer.announce(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        makingImage = false;
      });
  });

  if (embedOptions.embed) fullPageLink.hidden = false;
  const updateFullPageLink = () => {
    fullPageLink.href = viewUrl();
  };
  store.subscribe(updateFullPageLink);
  updateFullPageLink();

  if (framed) {
    // The host hears about every change of day or event, and can ask for one.
    store.subscribe((state, previous) => {
      if (state.date !== previous.date || state.eventId !== previous.eventId)
        window.parent.postMessage(stateMessage(embedOptions.id, state), '*');
    });
    listenToHost(
      index,
      byReader((command) => ('event' in command ? actions.selectEvent(command.event) : actions.goToDate(command.date))),
    );
  }

  let highlightKey = '';
  const render = (state: Readonly<AppState>, previous?: Readonly<AppState>) => {
    map.setDate(state.date);

    // Highlighted: the open place, the selected event's places, and what the reader points at.
    const selectedEvent = state.eventId ? index.eventById.get(state.eventId) : undefined;
    const hovered = state.hover;
    const hoveredEvent = hovered && 'eventId' in hovered ? index.eventById.get(hovered.eventId) : undefined;
    const places = new Set<string>();
    if (state.placeId) places.add(state.placeId);
    else selectedEvent?.places.forEach((p) => places.add(p.place));
    hoveredEvent?.places.forEach((p) => places.add(p.place));
    if (hovered && 'placeId' in hovered) places.add(hovered.placeId);
    const key = [...places].join();
    if (key !== highlightKey) {
      highlightKey = key;
      map.setHighlight([...places]);
    }

    const highlightedPlace = hovered && 'placeId' in hovered ? hovered.placeId : state.placeId;
    timeline.render({
      date: state.date,
      eventId: state.eventId,
      highlighted: hoveredEvent ? [hoveredEvent] : highlightedPlace ? (index.eventsByPlace.get(highlightedPlace) ?? []) : [],
    });
    list.setSelected(state.eventId);
    panel.render(state);

    storyBar.render(state.storyStep);
    if (state.present !== previous?.present) {
      presentation.render(state.present);
      map.setLabelScale(state.present ? PRESENT_LABEL_SCALE : 1);
      presentButton.textContent = state.present ? 'Leave presentation' : 'Present';
    }
    if (state.present) {
      if (state.present !== previous?.present || state.date !== previous.date || state.eventId !== previous.eventId)
        caption.textContent = presentCaption(index, state.date, selectedEvent);
    } else if (state.date !== previous?.date || previous.present) {
      const talks = eventsOnDay(index, state.date).filter((e) => e.kind === 'diplomacy');
      // Event titles are sentences or names ("NATO–Russia Council meets in Brussels"): set apart.
      caption.textContent = `Situation on ${formatDate(state.date)}${talks.length ? `. Talks: ${talks.map((e) => e.title).join('; ')}` : ''}`;
    }
    // One polite announcement per change: the story's text when a step is told, else the event.
    const stepText = state.storyStep !== null ? steps[state.storyStep]?.text : undefined;
    if (previous && state.storyStep !== previous.storyStep && stepText)
      announcer.announce(`Step ${state.storyStep! + 1} of ${steps.length}. ${stepText}`);
    else if (previous && state.eventId !== previous.eventId && selectedEvent)
      announcer.announce(`${displayDate(selectedEvent)}: ${selectedEvent.title}`);
  };
  store.subscribe(render);
  render(store.getState());

  // A link to an event opens on it, with the camera on its places.
  const opened = store.getState().eventId;
  if (opened) actions.selectEvent(opened);
}

async function start(): Promise<void> {
  setMapState(mapContainer, 'loading');
  mapContainer.setAttribute('aria-busy', 'true');
  try {
    const {story, geography} = await loadStoryData();
    // Parsing and decoding the data is one task, building the page another: two short tasks keep
    // a slow phone responsive where one long one would not.
    await new Promise((resolve) => setTimeout(resolve, 0));
    mapContainer.removeAttribute('aria-busy');
    startApp(story, geography);
  } catch (error) {
    mapContainer.removeAttribute('aria-busy');
    setMapState(mapContainer, 'error');
    showLoadError(mapContainer, error instanceof Error ? error.message : String(error), () => void start());
  }
}

void start();
