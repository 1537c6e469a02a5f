import type {IsoDate} from '../data/types.ts';

/** Everything a reader can change. The URL will mirror part of it. */
export interface AppState {
  /** The day the map shows. */
  date: IsoDate;
  /** The place whose details are open, if any. */
  placeId: string | null;
}

/**
 * The first view shows 13 January 2022, the day of the OSCE Permanent Council in Vienna that
 * ended the week of talks.
 */
export const FIRST_VIEW_DATE: IsoDate = '2022-01-13';

export const DEFAULT_STATE: AppState = {date: FIRST_VIEW_DATE, placeId: null};
