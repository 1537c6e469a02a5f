/**
 * Pieces the panel's views share: where a place is, a doubt, a date, a quote, an event as an
 * article, and how the map positioned a place.
 */
import type {Citation, IsoDate, Place, StoryEvent} from '../../story/types.ts';
import {append, externalLink, h} from '../../lib/dom.ts';
import {displayDate, formatKm} from '../../lib/format.ts';
import type {StoryIndex} from '../../state/story-index.ts';
import {citationList} from './citations.ts';

// Built when first needed: the first `Intl.DisplayNames` of a page costs tens of milliseconds
// (the browser loads its names), which a page's start-up should not pay for a name it may not show.
let countries: Intl.DisplayNames | undefined;
const countryNames = () => (countries ??= new Intl.DisplayNames(['en'], {type: 'region'}));

export function countryName(code: string): string {
  return countryNames().of(code) ?? code;
}

export function whereLine(place: Place): string {
  const country = countryName(place.country);
  if (place.region?.startsWith('Crimea')) return `${place.region}, ${country} (occupied by Russia since 2014)`;
  return [place.locality, place.region, country].filter(Boolean).join(', ');
}

/** What is uncertain, plainly, with the pages behind the doubt itself where there are any. */
export function doubt(text: string, citations: readonly Citation[] = [], index?: StoryIndex): HTMLElement {
  return h(
    'div',
    {className: 'doubt'},
    h('p', {}, h('strong', {}, 'Uncertain: '), text),
    citations.length && index ? citationList(citations, index.story.sources, 'Sources of the doubt') : null,
  );
}

export function time(date: IsoDate | undefined, text: string): HTMLElement {
  return date ? h('time', {attrs: {datetime: date}}, text) : h('span', {}, text);
}

export function positionNote(place: Place, index: StoryIndex): HTMLElement | null {
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

export function eventArticle(
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
    event.doubt ? doubt(event.doubt, event.doubtSources, index) : null,
    citationList(event.sources, sources),
  );
}

export function quoteFigures(event: StoryEvent, index: StoryIndex): HTMLElement[] {
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
