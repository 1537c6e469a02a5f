/**
 * Captions: what the map shows, in a line of words above it (and on the exported image).
 */
import type {IsoDate, StoryEvent} from '../story/types.ts';
import type {StoryIndex} from './story-index.ts';
import {displayDate, formatDate} from '../lib/format.ts';
import {eventsOnDay} from './selectors.ts';

/** More places than this and the caption names none: the title says where. */
const MAX_PLACES = 2;

/**
 * The caption of the presentation layout: what the class is looking at, in one line, e.g.
 * "13 January 2022 — Vienna: OSCE Permanent Council".
 */
export function presentCaption(index: StoryIndex, date: IsoDate, event: StoryEvent | undefined): string {
  if (!event) return `The situation on ${formatDate(date)}`;
  const names = [...new Set(event.places.map((p) => index.placeById.get(p.place)).map((place) => place?.locality ?? place?.name))].filter(
    (name): name is string => Boolean(name),
  );
  if (names.length === 0 || names.length > MAX_PLACES) return `${displayDate(event)} — ${event.title}`;
  const where = names.join(' and ');
  // "OSCE Permanent Council in Vienna" after "Vienna:" would say the place twice.
  const title = event.title.replace(new RegExp(`\\s+in ${escapeRegExp(where)}$`), '');
  return `${displayDate(event)} — ${where}: ${title}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The caption above the map on the page: the day, and the talks held on it. */
export function mapCaption(index: StoryIndex, date: IsoDate): string {
  const talks = eventsOnDay(index, date).filter((e) => e.kind === 'diplomacy');
  // Event titles are sentences or names ("NATO–Russia Council meets in Brussels"): set apart.
  return `Situation on ${formatDate(date)}${talks.length ? `. Talks: ${talks.map((e) => e.title).join('; ')}` : ''}`;
}
