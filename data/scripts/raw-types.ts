/**
 * Shapes of the hand-edited files in `data/`, as their JSON Schemas (`data/schemas/`) allow them.
 * They differ from the built types (`src/story/types.ts`) only where the build resolves or derives
 * something: positions, statuses and per-site summaries.
 */
import type {Estimate, Place, Site, Source, StoryEvent, StoryStep} from '../../src/story/types.ts';

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

export interface RawData {
  sources: Source[];
  places: RawPlace[];
  reports: RawSite[];
  events: StoryEvent[];
  estimates: Estimate[];
  'story-steps': StoryStep[];
}

/** The data files, in the order they are validated (later files refer to earlier ones). */
export const DATA_FILES = ['sources', 'places', 'reports', 'events', 'estimates', 'story-steps'] as const;
export type DataFileName = (typeof DATA_FILES)[number];
