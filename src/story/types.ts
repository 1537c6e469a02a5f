/**
 * Types of the data the page loads, as written by the data build (`data/scripts/build-data.ts`)
 * into `public/data/`. The raw files in `data/` have the same shapes before positions are resolved
 * and derived fields are added; their JSON Schemas live in `data/schemas/`.
 */
import type {HeldAreaMethod} from './geography-types.ts';

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A public page that supports one or more facts. The data build resolves the publisher record
 * (`data/publishers.json`) into `publisher` and `stateMedia`, and refuses a `url` that is not on the
 * publisher's own domains or that points at a copy site.
 */
export interface Source {
  id: string;
  /** The publisher's display name, e.g. "Reuters", "OSCE Special Monitoring Mission to Ukraine". */
  publisher: string;
  /** The page's published title. */
  title: string;
  /** Kept for older data; the build no longer writes it (every title is the published one). */
  titleIsDescription?: boolean;
  /** The original publisher's page (or the official body's): the link a reader follows first. */
  url: string;
  /**
   * Publication date of the page, `YYYY-MM-DD`, or `YYYY-MM` where the page gives only the month.
   * The build requires it for every source; the type stays optional only so that older fixtures
   * still compile.
   */
  published?: IsoDate;
  /**
   * The copy of the page that was actually read, when the original could not be read in full (a
   * syndicated or mirrored copy). Secondary: show it after `url`, as "read via", never instead of it.
   */
  readVia?: string;
  /**
   * Set when the publisher is controlled by a state that is a party to the story (Russia, Belarus,
   * Ukraine): the label to show beside the publisher, e.g. "Russian state media".
   */
  stateMedia?: string;
  /** ISO 639-1 language of the page when it is not English. */
  language?: string;
}

/** A reference from a record to a source, with the words on the page that support the fact. */
export interface Citation {
  source: string;
  quote?: string;
  /** An English translation of a quote in another language. */
  translation?: string;
}

export type PlaceKind = 'venue' | 'city' | 'troop-site';

/** Whether a public page reported the fact for the period (`verified`) or not (`unverified`). */
export type Status = 'verified' | 'unverified';

export interface Position {
  lat: number;
  lon: number;
  /** `page`: a coordinate quoted from a cited page; `gazetteer`: the GeoNames town point. */
  method: 'page' | 'gazetteer';
  /** The page the coordinate comes from (method `page`). */
  citation?: Citation;
  /** The GeoNames name looked up (method `gazetteer`). */
  gazetteerName?: string;
}

export interface Place {
  id: string;
  kind: PlaceKind;
  name: string;
  /** A shorter name for the map's label, where `name` is long. */
  shortName?: string;
  nativeName?: string;
  /** The city a venue is in. */
  locality?: string;
  /** The region a troop site is in, as readers know it. */
  region?: string;
  /** ISO 3166-1 alpha-2 code of the internationally recognised country the place lies in. */
  country: string;
  capital?: boolean;
  /** Null when the place could not be located; `positionNote` then says why. */
  position: Position | null;
  positionNote?: string;
  /** How far the real site may be from the pin, for stand-in positions. */
  precision?: {km: number; note: string};
  status: Status;
  /** Shown to readers wherever the place is: what is uncertain and why. */
  doubt?: string;
  /** Whether the pin lies inside the map's region (places outside are listed, not drawn). */
  inRegion: boolean;
}

/**
 * What a site report says:
 * - `first`: the first report of forces at the site in the period;
 * - `update`: more seen at the site;
 * - `moved`: forces left the site *towards Ukraine* (new field deployments nearer the border, or
 *   equipment seen moving south); the site stays active on the map, with `movedTo` where known;
 * - `claim`: something only a party to the story said (e.g. a withdrawal announced by Russia's
 *   Defence Ministry); `claimBy` names who said it. A claim never changes how the site is drawn;
 * - `departure`: a source independent of the parties reported the forces gone; the site is drawn
 *   hollow from then on (`Site.departed`);
 * - `background`: context from outside the period, or for an unverified site.
 */
export type ReportKind = 'first' | 'update' | 'moved' | 'claim' | 'departure' | 'background';

export interface Strength {
  value: number;
  unit: 'vehicles' | 'tents' | 'troops';
  qualifier?: 'more than' | 'about';
  /** The source's own words. */
  text: string;
}

export interface SiteReport {
  /** Date of the report (publication, or imagery date where the source gives it). */
  date?: IsoDate;
  /** Readable date for imprecise dates, shown instead of `date`. */
  dateText?: string;
  kind: ReportKind;
  /** What was seen, in neutral words. */
  seen: string;
  /** For `moved`: where the forces went, as the sources put it (e.g. "Bryansk region"). */
  movedTo?: string;
  /** For `claim`: who made the claim, e.g. "Russia's Defence Ministry". */
  claimBy?: string;
  strength?: Strength;
  sources: Citation[];
}

export interface ReportedDistance {
  km: number;
  qualifier?: 'less than' | 'within' | 'about';
  /** The source's own words. */
  text: string;
  source: string;
}

export interface UnitAttribution {
  name: string;
  attribution: string;
  source: string;
}

/** The distance from a site's pin to Ukraine's internationally recognised land border. */
export type ComputedDistance = {insideUkraine: false; km: number; nearest: [number, number]} | {insideUkraine: true};

export interface Site {
  id: string;
  place: string;
  units?: UnitAttribution[];
  reports: SiteReport[];
  reportedDistances: ReportedDistance[];
  /** Date of the `first` report; absent for unverified sites. */
  firstReported?: IsoDate;
  /**
   * Date of the `departure` report, when one exists: only a report by a source independent of the
   * parties that the forces were gone. A `moved` or `claim` report never sets it.
   */
  departed?: IsoDate;
  /** The largest strength figure reported, with its date. */
  strength?: Strength & {date: IsoDate};
  computedDistance: ComputedDistance | null;
}

export type EventKind = 'diplomacy' | 'build-up' | 'statement' | 'decision';

export interface Quote {
  speaker: string;
  role: string;
  text: string;
  source: string;
}

export interface EventPlace {
  place: string;
  /** The venue within the place, when it is not the place itself. */
  venue?: string;
}

export interface StoryEvent {
  id: string;
  date: IsoDate;
  dateText?: string;
  kind: EventKind;
  /** `session`: one of the three sessions of 10–13 January; `related`: held beside them. */
  talksWeek?: 'session' | 'related';
  title: string;
  /** A turning point the map and the timeline mark (21 and 24 February 2022). */
  turningPoint?: TurningPoint;
  places: EventPlace[];
  /** Why an event has no place on the map, or where it happened instead. */
  placeNote?: string;
  summary: string;
  quotes?: Quote[];
  doubt?: string;
  /** Sources of the doubt itself (e.g. a page about another meeting that suggests a venue). */
  doubtSources?: Citation[];
  sources: Citation[];
}

export interface TurningPoint {
  /** One or two words for the timeline, e.g. "Invasion". */
  name: string;
  /** A short note for the map, in the event's own sourced words. */
  note: string;
  /** The place the note points at. */
  place: string;
}

export interface Estimate {
  id: string;
  date: IsoDate;
  dateText?: string;
  qualifier: 'more than' | 'about' | 'close to' | 'range';
  low: number;
  high?: number;
  /** A short label for the chart, e.g. "US: ~100k". */
  label: string;
  who: string;
  counts: string;
  sources: Citation[];
}

/** `public/data/story.json`. */
export interface Story {
  /** A short hash of the content, to cite a version of the data. */
  version: string;
  period: {start: IsoDate; end: IsoDate};
  sources: Record<string, Source>;
  places: Place[];
  sites: Site[];
  /** Sorted by date, then by their order in `data/events.json`. */
  events: StoryEvent[];
  estimates: Estimate[];
  /**
   * The route of the three sessions of the week of talks, leg by leg, as great-circle arcs: each
   * leg from one session's place to the next, drawn from the date of the later session.
   */
  talksRoute: TalksRouteLeg[];
  /** The guided story, in order. */
  storySteps: StoryStep[];
  /**
   * How the areas held by Russia-backed forces since 2014 were drawn (the shape itself is
   * `Geography.heldSince2014`): the key line, the method, the precision and every settlement used,
   * with its sources. Always written by the build; optional only for older fixtures.
   */
  heldSince2014?: HeldAreaMethod;
}

/** One step of the guided story: an event, told in a sentence or two. */
export interface StoryStep {
  event: string;
  text: string;
}

export interface TalksRouteLeg {
  from: string;
  to: string;
  /** The date of the session the leg arrives at. */
  date: IsoDate;
  /** [longitude, latitude] points along the great circle. */
  coordinates: [number, number][];
}

/** One file of "Download the data", as listed in `public/data/downloads/manifest.json`. */
export interface DownloadEntry {
  /** The file name, in `data/downloads/`. */
  file: string;
  /** How the Share dialog names it, e.g. "Events (CSV)". */
  label: string;
}
