/**
 * Start-up: load the data, draw the SVG map and the panels at once, and let the map controller
 * bring in MapLibre after first paint. One store holds what the reader chose; views render from it.
 */
import './styles/app.css';
import {loadStoryData} from './data/load-story.ts';
import {createMapController, setMapState} from './map/map-controller.ts';
import {mapFeaturesOnDate} from './map/map-features.ts';
import {DEFAULT_STATE, type AppState} from './state/app-state.ts';
import {createStore} from './state/store.ts';
import {createStoryIndex} from './state/story-index.ts';
import {createDetailPanel} from './ui/detail-panel.ts';
import {formatDate} from './ui/format.ts';
import {createLegend} from './ui/legend.ts';
import {showLoadError} from './ui/load-error.ts';

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page is missing #${id}`);
  return element as T;
}

const mapContainer = required<HTMLDivElement>('map');
const mapNote = required<HTMLParagraphElement>('map-note');
const panelElement = required<HTMLElement>('detail');
const caption = required<HTMLParagraphElement>('map-caption');
required<HTMLElement>('legend-slot').replaceWith(createLegend());

async function start(): Promise<void> {
  setMapState(mapContainer, 'loading');
  mapContainer.setAttribute('aria-busy', 'true');
  let data: Awaited<ReturnType<typeof loadStoryData>>;
  try {
    data = await loadStoryData();
  } catch (error) {
    mapContainer.removeAttribute('aria-busy');
    setMapState(mapContainer, 'error');
    showLoadError(mapContainer, error instanceof Error ? error.message : String(error), () => void start());
    return;
  }
  mapContainer.removeAttribute('aria-busy');

  const index = createStoryIndex(data.story);
  const store = createStore<AppState>({...DEFAULT_STATE});
  let featuresDate = '';
  let current = mapFeaturesOnDate(index, DEFAULT_STATE.date);

  const panel = createDetailPanel(panelElement, index, {
    onClose() {
      const placeId = store.getState().placeId;
      store.setState({placeId: null});
      if (placeId) map.targets.buttonFor(placeId)?.focus();
    },
    onSelectPlace(placeId) {
      store.setState({placeId});
      panel.focusHeading();
    },
  });
  const map = createMapController(mapContainer, data.geography, current.features, {
    note: mapNote,
    cooperativeGestures: false,
    onActivatePlace(placeId) {
      store.setState({placeId});
      panel.focusHeading();
    },
  });

  const render = (state: Readonly<AppState>) => {
    if (state.date !== featuresDate) {
      featuresDate = state.date;
      current = mapFeaturesOnDate(index, state.date);
      map.update(current.features, current.targets);
      const that = index.story.events.filter((e) => e.date === state.date && e.kind === 'diplomacy').map((e) => e.title);
      caption.textContent = `Situation on ${formatDate(state.date)}${that.length ? `, the day of the ${that.join(' and the ')}` : ''}`;
    }
    map.setSelected(state.placeId);
    panel.render(state.placeId, state.date);
  };
  store.subscribe(render);
  render(store.getState());
}

void start();
