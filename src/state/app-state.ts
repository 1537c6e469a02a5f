import type {IsoDate} from '../story/types.ts';

/** Everything a reader can change. The URL mirrors `date` and `eventId` (see url-state.ts). */
export interface AppState {
  /** The day the map and the timeline show. */
  date: IsoDate;
  /** The selected event; its date is `date`. */
  eventId: string | null;
  /** The place whose details are open, if any. */
  placeId: string | null;
  /** What the reader points at or focuses, in any view; the other views highlight what belongs to it. */
  hover: {eventId: string} | {placeId: string} | null;
  /** The step of the guided story being told (0-based), or null outside the story. */
  storyStep: number | null;
  /** The presentation (classroom) layout. */
  present: boolean;
}

/**
 * The first view shows 13 January 2022, the day of the OSCE Permanent Council in Vienna that
 * ended the week of talks.
 */
export const FIRST_VIEW_DATE: IsoDate = '2022-01-13';

export const DEFAULT_STATE: AppState = {date: FIRST_VIEW_DATE, eventId: null, placeId: null, hover: null, storyStep: null, present: false};
