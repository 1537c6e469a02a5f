import type {IsoDate, StoryEvent} from '../story/types.ts';

/**
 * Where the camera is asked to go: to show some places, or back to the story's frame (the guided
 * tour's steps all show Kyiv and the border). Each request is a new object, so asking again moves
 * the camera again; playback asks for nothing, so the frame stays still while it plays.
 */
export type CameraRequest = {placeIds: readonly string[]} | {home: true};

/** A request to show an event's places. */
export function cameraOn(event: StoryEvent): CameraRequest {
  return {placeIds: event.places.map((p) => p.place)};
}

/** Everything a reader can change. The URL mirrors `date`, `eventId` and `present` (see url-schema.ts). */
export interface AppState {
  /** The day the map and the timeline show. */
  date: IsoDate;
  /** The selected event; its date is `date`. */
  eventId: string | null;
  /** The place whose details are open, if any. */
  placeId: string | null;
  /** What the reader points at or focuses, in any view; the other views highlight what belongs to it. */
  hover: {eventId: string} | {placeId: string} | null;
  /** The step of the guided tour being told (0-based), or null outside the tour. */
  tourStep: number | null;
  /** The presentation (classroom) layout. */
  present: boolean;
  /** The latest request to move the camera, or null before any. */
  camera: CameraRequest | null;
}

/**
 * The first view shows 13 January 2022, the day of the OSCE Permanent Council in Vienna that
 * ended the week of talks.
 */
export const FIRST_VIEW_DATE: IsoDate = '2022-01-13';

export const DEFAULT_STATE: AppState = {
  date: FIRST_VIEW_DATE,
  eventId: null,
  placeId: null,
  hover: null,
  tourStep: null,
  present: false,
  camera: null,
};
