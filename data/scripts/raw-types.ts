/**
 * Shapes of the hand-edited files in `data/`, as their JSON Schemas (`data/schemas/`) allow them.
 * They differ from the built types (`src/story/types.ts`) only where the build resolves or derives
 * something: publishers, positions, statuses, per-site summaries and the line of contact.
 */
import type {Citation, Estimate, Place, Site, Source, StoryEvent, StoryStep} from '../../src/story/types.ts';

export type RawPosition =
  | {method: 'page'; lat: number; lon: number; source: string; quote: string}
  | {method: 'gazetteer'; name: string; country: string; admin1?: string}
  | {method: 'none'; note: string};

export type RawPlace = Omit<Place, 'position' | 'positionNote' | 'status' | 'inRegion'> & {
  position: RawPosition;
  status?: Place['status'];
};

export type RawSite = Omit<Site, 'firstReported' | 'departed' | 'strength' | 'computedDistance' | 'reportedDistances'> & {
  reportedDistances?: Site['reportedDistances'];
};

/** A publisher and the web domains that are its own (`data/publishers.json`). */
export interface RawPublisher {
  id: string;
  name: string;
  /** `copy`: a site that republishes others' pages; never a source's publisher. */
  kind: 'outlet' | 'agency' | 'official' | 'reference' | 'copy';
  domains: string[];
  /** ISO code of the state party that controls the outlet. */
  controlledBy?: string;
  /** The label to show, e.g. "Russian state media". */
  stateMedia?: string;
  note?: string;
}

/** A source as written in `data/sources.json`: its publisher is an id in `data/publishers.json`. */
export type RawSource = Omit<Source, 'publisher' | 'stateMedia' | 'titleIsDescription' | 'published'> & {
  publisher: string;
  published: string;
};

export interface RawLineSettlement {
  id: string;
  name?: string;
  side: 'held' | 'government' | 'line';
  position: {name: string; country: string; admin1?: string};
  sources: Citation[];
}

export type RawLineVertex = {on: string; toleranceKm: number} | {between: [string, string]};

/** `data/line-of-contact.json`. */
export interface RawLineOfContact {
  keyLine: string;
  note: string;
  precisionKm: number;
  settlements: RawLineSettlement[];
  vertices: RawLineVertex[];
}

export interface RawData {
  publishers: RawPublisher[];
  sources: RawSource[];
  places: RawPlace[];
  reports: RawSite[];
  events: StoryEvent[];
  estimates: Estimate[];
  'story-steps': StoryStep[];
  'line-of-contact': RawLineOfContact;
}

/** The data files, in the order they are validated (later files refer to earlier ones). */
export const DATA_FILES = ['publishers', 'sources', 'places', 'reports', 'events', 'estimates', 'story-steps', 'line-of-contact'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

/** Files that hold one object rather than a list of records. */
export const OBJECT_FILES: ReadonlySet<DataFileName> = new Set(['line-of-contact']);
