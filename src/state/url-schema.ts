/**
 * Every parameter of the page's address, written down once: how each is read (a value that does
 * not parse is ignored) and written. The view (`event`, `date`, `present`) is part of the state and
 * kept in step with the address (see url-sync.ts); the embed's own parameters (`embed`, `id`) say
 * how the page presents itself inside someone else's article and never change while it runs.
 * Unknown parameters are left alone: a host page may add its own.
 *
 * | parameter | meaning |
 * |---|---|
 * | `event=<id>` | the selected event; ids are stable, readable slugs |
 * | `date=YYYY-MM-DD` | the timeline's date (an event implies its date) |
 * | `present=1` | the presentation (classroom) layout |
 * | `step=N` | the guided story at step N (1-based) |
 * | `embed=1` | the compact layout for iframes |
 * | `id=<name>` | the embed's name in height and state messages |
 * | `theme=light\|dark\|auto` | colour theme; an embed follows its host (light by default), not the reader's system |
 * | `plain=1` | no title row (the host article has its own headline) |
 * | `hide=<part>,<part>` | parts a host may drop: `key`, `estimates`, `share` |
 * | `autoplay=1` | play on load (kiosks, classrooms); ignored under reduced motion |
 * | `childId=<name>` | set by pym.js on the frames it makes: the name its height messages carry |
 */
import type {IsoDate} from '../story/types.ts';
import {isIsoDate} from '../lib/dates.ts';
import type {Theme} from '../lib/palette.ts';
import type {AppState} from './app-state.ts';
import {isStoryDate, type StoryIndex} from './story-index.ts';

/** A theme, or `auto`: the reader's system setting. */
export type ThemeChoice = Theme | 'auto';
/** Parts of the page a host may drop. */
export const HIDEABLE = ['key', 'estimates', 'share'] as const;
export type Hideable = (typeof HIDEABLE)[number];

export interface UrlParams {
  event?: string;
  date?: IsoDate;
  present?: boolean;
  step?: number;
  embed?: boolean;
  id?: string;
  theme?: ThemeChoice;
  plain?: boolean;
  hide?: readonly Hideable[];
  autoplay?: boolean;
  childId?: string;
}

interface Param<T> {
  /** The value, or undefined when the text does not parse. */
  decode(text: string): T | undefined;
  /** The text, or undefined to leave the parameter out. */
  encode(value: T): string | undefined;
}

const flag: Param<boolean> = {decode: (text) => (text === '1' ? true : undefined), encode: (value) => (value ? '1' : undefined)};

/** Ids are echoed into messages and embed code, so only plain ones are accepted. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Event ids are slugs (`nato-russia-council`); anything else cannot name one. */
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const name: Param<string> = {decode: (text) => (ID_PATTERN.test(text) ? text : undefined), encode: (value) => value};

export const URL_PARAMS: {[K in keyof UrlParams]-?: Param<NonNullable<UrlParams[K]>>} = {
  event: {decode: (text) => (SLUG_PATTERN.test(text) ? text : undefined), encode: (value) => value},
  date: {decode: (text) => (isIsoDate(text) ? text : undefined), encode: (value) => value},
  present: flag,
  step: {
    decode: (text) => (/^[1-9]\d{0,2}$/.test(text) ? Number(text) : undefined),
    encode: (value) => String(value),
  },
  embed: flag,
  id: name,
  theme: {
    decode: (text) => (text === 'light' || text === 'dark' || text === 'auto' ? text : undefined),
    encode: (value) => value,
  },
  plain: flag,
  hide: {
    // Parts in the order the schema lists them, each once; anything else is ignored.
    decode: (text) => {
      const parts = HIDEABLE.filter((part) => text.split(',').includes(part));
      return parts.length ? parts : undefined;
    },
    encode: (value) => (value.length ? HIDEABLE.filter((part) => value.includes(part)).join(',') : undefined),
  },
  autoplay: flag,
  childId: name,
};

/** The parameters of the view, which the page rewrites as the reader moves. */
export const VIEW_PARAMS = ['event', 'date', 'present', 'step'] as const satisfies readonly (keyof UrlParams)[];
/** The parameters that make an embed; the full page's address leaves them out. */
export const EMBED_PARAMS = [
  'embed',
  'id',
  'theme',
  'plain',
  'hide',
  'autoplay',
  'childId',
] as const satisfies readonly (keyof UrlParams)[];

/** The name an embed goes by in its messages when its address gives none. */
export const DEFAULT_EMBED_ID = 'ukraine-january-2022';

/** Every parameter of `search` that parses. */
export function readUrlParams(search: string): UrlParams {
  const query = new URLSearchParams(search);
  const params: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(URL_PARAMS) as [keyof UrlParams, Param<unknown>][]) {
    const text = query.get(key);
    const value = text === null ? undefined : param.decode(text);
    if (value !== undefined) params[key] = value;
  }
  return params as UrlParams;
}

/** `search` with the `keys` set as in `params` (or removed), and every other parameter kept. */
export function writeUrlParams(search: string, params: UrlParams, keys: readonly (keyof UrlParams)[]): string {
  const query = new URLSearchParams(search);
  // Removed first, then written in the schema's order: the same view always has the same address.
  for (const key of keys) query.delete(key);
  for (const key of keys) {
    const value = params[key];
    const text = value === undefined ? undefined : (URL_PARAMS[key] as Param<unknown>).encode(value);
    if (text !== undefined) query.set(key, text);
  }
  const written = query.toString();
  return written ? `?${written}` : '';
}

/** The state an address asks for, checked against the data; empty when it asks for nothing valid. */
export function readUrlState(search: string, index: StoryIndex): Partial<Pick<AppState, 'date' | 'eventId' | 'present' | 'tourStep'>> {
  const {event: eventId, date, present, step} = readUrlParams(search);
  const presentPart = present ? {present} : {};
  // A step of the guided story wins: it opens on the step's event.
  const tourStep = step !== undefined ? index.story.storySteps[step - 1] : undefined;
  const stepEvent = tourStep ? index.eventById.get(tourStep.event) : undefined;
  if (stepEvent && step !== undefined) return {eventId: stepEvent.id, date: stepEvent.date, tourStep: step - 1, ...presentPart};
  const event = eventId ? index.eventById.get(eventId) : undefined;
  if (event) return {eventId: event.id, date: event.date, ...presentPart};
  if (date && isStoryDate(index, date)) return {date, ...presentPart};
  return presentPart;
}

/**
 * The query string for a state, keeping any other parameters of `search`. An event implies its
 * date, so a link to an event carries only the event; the default date is left out entirely.
 */
export function writeUrlState(
  search: string,
  state: Pick<AppState, 'date' | 'eventId'> & {present?: boolean; tourStep?: number | null},
  defaultDate: IsoDate,
): string {
  const params: UrlParams = {};
  if (state.tourStep !== undefined && state.tourStep !== null) params.step = state.tourStep + 1;
  if (state.eventId) params.event = state.eventId;
  else if (state.date !== defaultDate) params.date = state.date;
  if (state.present) params.present = true;
  return writeUrlParams(search, params, VIEW_PARAMS);
}

/** How the page presents itself, from its address. */
export interface EmbedOptions {
  /** The compact layout for someone else's article. */
  embed: boolean;
  /** Names this embed in height and state messages; the host's listener may use it. */
  id: string;
  /** The colours asked for; an embed without one is light (its host's page decides, not the reader's system). */
  theme: ThemeChoice | undefined;
  /** No title row. */
  plain: boolean;
  hide: ReadonlySet<Hideable>;
  /** Play on load (unless the reader prefers less motion). */
  autoplay: boolean;
  /** The name pym.js gave this frame, when it made it. */
  childId: string | undefined;
}

export function readEmbedOptions(search: string): EmbedOptions {
  const {embed = false, id = DEFAULT_EMBED_ID, theme, plain = false, hide = [], autoplay = false, childId} = readUrlParams(search);
  return {embed, id, theme: theme ?? (embed ? 'light' : undefined), plain, hide: new Set(hide), autoplay, childId};
}

/** The address of the full page showing the same view: the embed's own parameters removed. */
export function fullPageUrl(href: string): string {
  const url = new URL(href);
  url.search = writeUrlParams(url.search, {}, EMBED_PARAMS);
  return url.href;
}

/** What an embed's host may choose for it (see the Share dialog). */
export interface EmbedChoices {
  theme?: ThemeChoice;
  plain?: boolean;
  hide?: readonly Hideable[];
  autoplay?: boolean;
}

/** The address an embed loads: the view's, with `embed=1`, the embed's id and the host's choices. */
export function embedUrl(viewUrl: string, id: string, choices: EmbedChoices = {}): string {
  const url = new URL(viewUrl);
  url.search = writeUrlParams(url.search, {embed: true, id, ...choices}, EMBED_PARAMS);
  return url.href;
}
