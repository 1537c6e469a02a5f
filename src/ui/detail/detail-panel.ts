/**
 * The detail panel. It shows, in order of precedence: the place the reader opened (what was
 * reported or held there, when, in whose words, with sources), else the selected event, else a
 * summary of the day shown. It is re-rendered only when what it shows changes.
 */
import type {Estimate, IsoDate, Place, Site, SiteReport, StoryEvent} from '../../story/types.ts';
import {countUpTo, type StoryIndex} from '../../state/story-index.ts';
import {adjacentEvent, eventsAtPlace, meetingPlacesOnDate, sitesOnDate} from '../../state/selectors.ts';
import {EVENT_KINDS} from '../../lib/event-kinds.ts';
import {append, externalLink, h} from '../../lib/dom.ts';
import {displayDate, formatDate, formatKm, formatNumber} from '../../lib/format.ts';
import {citationList} from './citations.ts';

export interface DetailPanelOptions {
  /** The reader closed the panel (button or Escape). */
  onClose: () => void;
  /** The reader chose a place (from an event, or the overview). */
  onSelectPlace: (placeId: string) => void;
  /** The reader chose an event (from a place, or previous/next). */
  onSelectEvent: (eventId: string) => void;
  /** Folds the summary of the day under a disclosure (the compact embed layout). */
  foldDay?: boolean;
}

export interface DetailPanelState {
  placeId: string | null;
  eventId: string | null;
  date: IsoDate;
}

export interface DetailPanel {
  render(state: DetailPanelState): void;
  /** Moves focus to the panel's heading, so screen readers start reading there. */
  focusHeading(): void;
  destroy(): void;
}

const COUNTRIES = new Intl.DisplayNames(['en'], {type: 'region'});

function countryName(code: string): string {
  return COUNTRIES.of(code) ?? code;
}

function whereLine(place: Place): string {
  const country = countryName(place.country);
  if (place.region?.startsWith('Crimea')) return `${place.region}, ${country} (occupied by Russia since 2014)`;
  return [place.locality, place.region, country].filter(Boolean).join(', ');
}

function doubt(text: string): HTMLElement {
  return h('p', {className: 'doubt'}, h('strong', {}, 'Uncertain: '), text);
}

function time(date: IsoDate | undefined, text: string): HTMLElement {
  return date ? h('time', {attrs: {datetime: date}}, text) : h('span', {}, text);
}

function positionNote(place: Place, index: StoryIndex): HTMLElement | null {
  const position = place.position;
  if (!position) return place.positionNote ? h('p', {className: 'position-note'}, `Not on the map: ${place.positionNote}`) : null;
  const note = h('p', {className: 'position-note'}, 'Map position: ');
  if (position.method === 'page' && position.citation) {
    const source = index.story.sources[position.citation.source];
    append(note, 'coordinates from ', source ? externalLink(source.url, source.publisher) : position.citation.source, '.');
  } else {
    append(note, `the GeoNames point for ${position.gazetteerName ?? place.name}.`);
  }
  if (place.precision)
    append(note, ` ${place.precision.note} The site may be up to ${formatKm(place.precision.km)} from the pin (shaded ring).`);
  return note;
}

/** How many of a place's events the panel shows in full; the Events list has them all. */
const EVENTS_SHOWN = 8;

function eventArticle(
  event: StoryEvent,
  placeId: string | null,
  index: StoryIndex,
  options?: {selected: boolean; onSelect: () => void},
): HTMLElement {
  const sources = index.story.sources;
  const venue = placeId ? event.places.find((p) => p.place === placeId)?.venue : undefined;
  const title = options
    ? h(
        'button',
        {
          className: 'link-button detail-event__select',
          attrs: {type: 'button', 'aria-current': options.selected ? 'true' : undefined},
          on: {click: options.onSelect},
        },
        event.title,
      )
    : event.title;
  return h(
    'article',
    {className: `detail-event detail-event--${event.kind}${options?.selected ? ' is-selected' : ''}`},
    h('h3', {className: 'detail-event__title'}, title),
    h(
      'p',
      {className: 'detail-event__meta'},
      time(event.date, displayDate(event)),
      venue && venue !== 'venue not reported' ? ` · ${venue}` : '',
    ),
    h('p', {className: 'detail-event__summary'}, event.summary),
    ...quoteFigures(event, index),
    event.doubt ? doubt(event.doubt) : null,
    citationList(event.sources, sources),
  );
}

function quoteFigures(event: StoryEvent, index: StoryIndex): HTMLElement[] {
  return (event.quotes ?? []).map((quote) => {
    const source = index.story.sources[quote.source];
    return h(
      'figure',
      {className: 'quote'},
      h('blockquote', {}, h('p', {}, `“${quote.text}”`)),
      h(
        'figcaption',
        {},
        `${quote.speaker}, ${quote.role}`,
        source ? h('span', {}, ' — ', externalLink(source.url, source.publisher)) : null,
      ),
    );
  });
}

function reportItem(report: SiteReport, index: StoryIndex): HTMLElement {
  const label = {first: 'First reported', update: 'Reported', departure: 'Reported departed', background: 'Background'}[report.kind];
  return h(
    'li',
    {className: `site-report site-report--${report.kind}`},
    h('p', {className: 'site-report__meta'}, h('strong', {}, `${label}: `), time(report.date, displayDate(report))),
    h('p', {}, report.seen),
    citationList(report.sources, index.story.sources),
  );
}

function distanceSection(site: Site, index: StoryIndex): HTMLElement | null {
  const computed = site.computedDistance;
  if (!computed && !site.reportedDistances.length) return null;
  const section = h(
    'section',
    {className: 'distances', attrs: {'aria-label': 'Distance to the border'}},
    h('h3', {}, 'Distance to Ukraine’s border'),
  );
  if (computed?.insideUkraine) {
    append(section, h('p', {}, 'Inside Ukraine’s internationally recognised border, in occupied Crimea.'));
  } else if (computed) {
    append(
      section,
      h(
        'p',
        {className: 'distances__computed'},
        h('strong', {}, formatKm(computed.km)),
        ' from the pin to the nearest point of Ukraine’s land border (computed on Natural Earth borders).',
      ),
    );
  }
  if (site.reportedDistances.length) {
    const list = h('ul', {className: 'distances__reported'});
    for (const distance of site.reportedDistances) {
      const source = index.story.sources[distance.source];
      append(
        list,
        h(
          'li',
          {},
          h('strong', {}, `${distance.qualifier ? `${distance.qualifier} ` : ''}${formatKm(distance.km)}`),
          ` — “${distance.text}”`,
          source ? h('span', {}, ' (', externalLink(source.url, source.publisher), ')') : null,
        ),
      );
    }
    append(section, h('p', {}, 'Distances the sources gave:'), list);
  }
  return section;
}

function renderSite(place: Place, site: Site, date: IsoDate, index: StoryIndex): HTMLElement[] {
  const status = sitesOnDate(index, date).find((s) => s.place.id === place.id)?.status;
  const upToDate = site.reports.filter((r) => !r.date || r.date <= date);
  const later = site.reports.filter((r) => r.date && r.date > date);
  const summary: string[] = [];
  if (site.firstReported) summary.push(`First reported ${formatDate(site.firstReported)}.`);
  if (site.departed)
    summary.push(`${site.departed <= date ? 'Reported departed' : 'Later reported departed'} ${formatDate(site.departed)}.`);
  if (!status && site.firstReported) summary.push(`Not yet reported on ${formatDate(date)}.`);
  return [
    h('p', {className: 'detail__where'}, whereLine(place)),
    place.doubt ? doubt(place.doubt) : null,
    summary.length ? h('p', {className: 'detail__status'}, summary.join(' ')) : null,
    site.strength
      ? h(
          'p',
          {},
          h('strong', {}, 'Largest reported figure: '),
          `${site.strength.text} (${formatNumber(site.strength.value)} ${site.strength.unit}, ${formatDate(site.strength.date)}).`,
        )
      : null,
    distanceSection(site, index),
    site.units?.length
      ? h(
          'section',
          {attrs: {'aria-label': 'Units named'}},
          h('h3', {}, 'Units named'),
          h('ul', {}, ...site.units.map((u) => h('li', {}, `${u.name} — according to ${u.attribution}`))),
        )
      : null,
    h(
      'section',
      {attrs: {'aria-label': 'Reports'}},
      h('h3', {}, `Reports up to ${formatDate(date)}`),
      upToDate.length ? h('ol', {className: 'site-reports'}, ...upToDate.map((r) => reportItem(r, index))) : h('p', {}, 'None yet.'),
    ),
    later.length
      ? h(
          'details',
          {className: 'later'},
          h('summary', {}, `${later.length} later report${later.length > 1 ? 's' : ''}`),
          h('ol', {className: 'site-reports'}, ...later.map((r) => reportItem(r, index))),
        )
      : null,
    positionNote(place, index),
  ].filter((node): node is HTMLElement => node !== null);
}

function renderPlace(place: Place, state: DetailPanelState, index: StoryIndex, options: DetailPanelOptions): HTMLElement[] {
  const {date, eventId} = state;
  const events = eventsAtPlace(index, place.id, date);
  const all = index.eventsByPlace.get(place.id) ?? [];
  const later = all.slice(countUpTo(all, date));
  const shown = events.slice(-EVENTS_SHOWN).reverse();
  const article = (e: StoryEvent) =>
    eventArticle(e, place.id, index, {selected: e.id === eventId, onSelect: () => options.onSelectEvent(e.id)});
  return [
    h('p', {className: 'detail__where'}, whereLine(place)),
    events.length > 1
      ? h('p', {className: 'hint'}, `${events.length} events here by ${formatDate(date)}. Choose one to move the timeline to it.`)
      : null,
    ...(shown.length ? shown.map(article) : [h('p', {}, `Nothing had happened here by ${formatDate(date)}.`)]),
    events.length > shown.length
      ? h('p', {className: 'hint'}, `${events.length - shown.length} earlier events are in the Events list.`)
      : null,
    later.length
      ? h(
          'details',
          {className: 'later'},
          h('summary', {}, `Later here: ${later.length} event${later.length > 1 ? 's' : ''}`),
          ...later.slice(0, EVENTS_SHOWN).map(article),
        )
      : null,
    positionNote(place, index),
  ].filter((node): node is HTMLElement => node !== null);
}

function renderEvent(event: StoryEvent, index: StoryIndex, options: DetailPanelOptions): HTMLElement[] {
  const places = event.places.map(({place: id, venue}) => {
    const place = index.placeById.get(id);
    if (!place) return null;
    const name = place.kind === 'venue' && place.locality ? `${place.name}, ${place.locality}` : place.name;
    const where = venue && venue !== place.name && venue !== 'venue not reported' ? ` (${venue})` : '';
    const onMap = place.position && place.inRegion;
    return h(
      'li',
      {},
      onMap ? h('button', {className: 'link-button', attrs: {type: 'button'}, on: {click: () => options.onSelectPlace(id)}}, name) : name,
      where,
      onMap ? '' : place.position ? ' (outside the map)' : ' (not on the map)',
    );
  });
  const previous = adjacentEvent(index, {date: event.date, eventId: event.id}, -1);
  const next = adjacentEvent(index, {date: event.date, eventId: event.id}, 1);
  const nav = (target: StoryEvent | undefined, label: string, text: string) =>
    target
      ? h(
          'button',
          {
            className: 'control',
            attrs: {type: 'button', 'aria-label': `${label}: ${target.title}`},
            on: {click: () => options.onSelectEvent(target.id)},
          },
          text,
        )
      : null;
  return [
    h('p', {className: 'detail-event__meta'}, time(event.date, displayDate(event))),
    places.length ? h('ul', {className: 'detail__places', attrs: {'aria-label': 'Places'}}, ...places) : null,
    event.placeNote ? h('p', {className: 'detail__where'}, event.placeNote) : null,
    h('p', {className: 'detail-event__summary'}, event.summary),
    ...quoteFigures(event, index),
    event.doubt ? doubt(event.doubt) : null,
    citationList(event.sources, index.story.sources),
    h(
      'nav',
      {className: 'detail__nav', attrs: {'aria-label': 'Other events'}},
      nav(previous, 'Previous event', '‹ Previous event'),
      nav(next, 'Next event', 'Next event ›'),
    ),
  ].filter((node): node is HTMLElement => node !== null);
}

function latestEstimate(estimates: readonly Estimate[], date: IsoDate): Estimate | undefined {
  return estimates.slice(0, countUpTo(estimates, date)).at(-1);
}

function estimateText(estimate: Estimate): string {
  const figure =
    estimate.qualifier === 'range'
      ? `${formatNumber(estimate.low)}–${formatNumber(estimate.high ?? estimate.low)}`
      : `${estimate.qualifier} ${formatNumber(estimate.low)}`;
  return `${figure}: ${estimate.counts} (${estimate.who}, ${displayDate(estimate)})`;
}

function renderOverview(date: IsoDate, index: StoryIndex, options: DetailPanelOptions): HTMLElement[] {
  const sites = sitesOnDate(index, date);
  const active = sites.filter((s) => s.status === 'active').length;
  const departed = sites.filter((s) => s.status === 'departed').length;
  const meetings = meetingPlacesOnDate(index, date);
  const week = index.story.events.filter((e) => e.talksWeek && e.date <= date);
  const estimate = latestEstimate(index.story.estimates, date);
  const placeButton = (placeId: string, text: string) =>
    h('button', {className: 'link-button', attrs: {type: 'button'}, on: {click: () => options.onSelectPlace(placeId)}}, text);
  return [
    h(
      'p',
      {},
      `By ${formatDate(date)}, ${active} troop concentration${active === 1 ? ' was' : 's were'} reported near Ukraine${departed ? ` (and ${departed} reported departed)` : ''}, and ${meetings.length} places had hosted talks since November.`,
    ),
    week.length
      ? h(
          'section',
          {attrs: {'aria-label': 'The week of talks'}},
          h('h3', {}, 'The week of talks'),
          h(
            'ul',
            {className: 'week-list'},
            ...week.map((e) =>
              h(
                'li',
                {},
                time(e.date, displayDate(e)),
                ': ',
                e.places[0] ? placeButton(e.places[0].place, e.title) : e.title,
                e.talksWeek === 'related' ? ' (on the side)' : '',
              ),
            ),
          ),
        )
      : null,
    estimate
      ? h(
          'section',
          {attrs: {'aria-label': 'Latest headline estimate'}},
          h('h3', {}, 'Latest headline estimate'),
          h('p', {}, estimateText(estimate)),
          h('p', {className: 'note'}, 'Estimates from different sources count different things and are not like-for-like.'),
          citationList(estimate.sources, index.story.sources),
        )
      : null,
    h(
      'p',
      {className: 'hint'},
      'Choose a place on the map, or Tab to it and press Enter, to see what was reported or held there, with sources.',
    ),
  ].filter((node): node is HTMLElement => node !== null);
}

/** What the panel shows for a state; the panel re-renders only when this changes. */
function contentKey(state: DetailPanelState, index: StoryIndex): string {
  const {placeId, eventId, date} = state;
  if (placeId) return `place|${placeId}|${eventId}|${date}`;
  if (eventId && index.eventById.has(eventId)) return `event|${eventId}`;
  return `day|${date}`;
}

export function createDetailPanel(element: HTMLElement, index: StoryIndex, options: DetailPanelOptions): DetailPanel {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && element.dataset.view !== 'day') {
      event.preventDefault();
      options.onClose();
    }
  };
  element.addEventListener('keydown', onKeyDown);
  let heading: HTMLHeadingElement | null = null;
  let shown = '';

  return {
    render(state) {
      const key = contentKey(state, index);
      if (key === shown) return;
      shown = key;
      const {date} = state;
      const place = state.placeId ? index.placeById.get(state.placeId) : undefined;
      const site = place ? index.siteByPlace.get(place.id) : undefined;
      const event = !place && state.eventId ? index.eventById.get(state.eventId) : undefined;
      const kicker = place
        ? site
          ? place.status === 'unverified'
            ? 'Named in coverage, unverified'
            : 'Reported troop concentration'
          : 'Meeting place'
        : event
          ? `${EVENT_KINDS[event.kind].label}${event.talksWeek === 'session' ? ' · week of talks' : event.talksWeek === 'related' ? ' · on the side of the week of talks' : ''}`
          : formatDate(date);
      const title = place ? place.name : event ? event.title : `The situation on ${formatDate(date)}`;
      heading = h('h2', {id: 'detail-title', className: 'detail__title', attrs: {tabindex: -1}}, title);
      const header = h('div', {className: 'detail__header'}, h('p', {className: 'detail__kicker'}, kicker), heading);
      if (place || event) {
        append(
          header,
          h(
            'button',
            {
              className: 'detail__close',
              attrs: {type: 'button', 'aria-label': 'Close the details and go back to the day'},
              on: {click: () => options.onClose()},
            },
            'Close',
          ),
        );
      }
      const body = place
        ? site
          ? renderSite(place, site, date, index)
          : renderPlace(place, state, index, options)
        : event
          ? renderEvent(event, index, options)
          : renderOverview(date, index, options);
      const folded = !place && !event && options.foldDay;
      element.replaceChildren(
        header,
        ...(folded ? [h('details', {className: 'fold'}, h('summary', {}, 'The day in brief'), ...body)] : body),
      );
      element.dataset.view = place ? 'place' : event ? 'event' : 'day';
    },
    focusHeading() {
      heading?.focus();
    },
    destroy() {
      element.removeEventListener('keydown', onKeyDown);
      element.replaceChildren();
    },
  };
}
