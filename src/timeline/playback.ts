/**
 * Playback: walks the timeline a day at a time from the day shown, stops on each event long enough
 * to read it (the event is selected, so the panel shows it and the camera goes to it), and stops at
 * the end. Under `prefers-reduced-motion` it still steps, but the camera jumps instead of flying.
 */
import type {IsoDate} from '../story/types.ts';
import {addDays} from '../lib/dates.ts';
import {eventsOnDay} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {readingTime} from '../lib/reading-time.ts';

export interface PlaybackOptions {
  getState: () => {date: IsoDate; eventId: string | null};
  goToDate: (date: IsoDate) => void;
  selectEvent: (eventId: string) => void;
  /** Playback started or stopped. */
  onChange: (playing: boolean) => void;
}

export interface Playback {
  readonly playing: boolean;
  play(): void;
  pause(): void;
  /** 1 is the normal pace; 2 twice as fast. */
  setSpeed(speed: number): void;
  destroy(): void;
}

/** Time on a day without events at normal speed, ms. */
export const EMPTY_DAY_PACE_MS = 220;

export function createPlayback(index: StoryIndex, options: PlaybackOptions): Playback {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let playing = false;
  let speed = 1;

  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (playing) {
      playing = false;
      options.onChange(false);
    }
  };

  /** One step: the next event of the day shown, else the next day; then wait and repeat. */
  const tick = () => {
    const {date, eventId} = options.getState();
    const today = eventsOnDay(index, date);
    const position = eventId ? today.findIndex((e) => e.id === eventId) : -1;
    const nextToday = today[position + 1];
    if (nextToday && position >= 0) {
      options.selectEvent(nextToday.id);
      timer = setTimeout(tick, readingTime(nextToday.title) / speed);
      return;
    }
    if (date >= index.story.period.end) {
      stop();
      return;
    }
    const next = addDays(date, 1);
    const [first] = eventsOnDay(index, next);
    if (first) {
      options.selectEvent(first.id);
      timer = setTimeout(tick, readingTime(first.title) / speed);
    } else {
      options.goToDate(next);
      timer = setTimeout(tick, EMPTY_DAY_PACE_MS / speed);
    }
  };

  return {
    get playing() {
      return playing;
    },
    play() {
      if (playing) return;
      playing = true;
      options.onChange(true);
      // From the end, playing starts again from the beginning.
      if (options.getState().date >= index.story.period.end) options.goToDate(index.story.period.start);
      timer = setTimeout(tick, EMPTY_DAY_PACE_MS / speed);
    },
    pause: stop,
    setSpeed(next) {
      speed = next;
    },
    destroy: stop,
  };
}
