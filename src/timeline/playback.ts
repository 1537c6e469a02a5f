/**
 * Playback: walks the timeline a day at a time from the day shown, stops on each event long enough
 * to read its title (the event is selected, so the panel shows it; the frame stays still and the
 * map marks what changed), and stops at the end. At normal speed, from 1 November it reaches the
 * week of talks in about ten seconds and the invasion in under a minute, short enough for a class.
 */
import type {IsoDate} from '../story/types.ts';
import {addDays} from '../lib/dates.ts';
import {eventsOnDay} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';

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
export const EMPTY_DAY_PACE_MS = 50;

/** Time on an event at normal speed, ms: a glance at the map, then its title read. */
export function eventPause(title: string): number {
  return 550 + title.length * 12;
}

/** How long playing from the first day takes to reach `date`, ms at normal speed. */
export function playbackTimeTo(index: StoryIndex, date: IsoDate): number {
  let time = 0;
  for (let day = index.story.period.start; day < date; day = addDays(day, 1)) {
    const events = eventsOnDay(index, day);
    time += events.length ? events.reduce((sum, e) => sum + eventPause(e.title), 0) : EMPTY_DAY_PACE_MS;
  }
  return time;
}

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
      timer = setTimeout(tick, eventPause(nextToday.title) / speed);
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
      timer = setTimeout(tick, eventPause(first.title) / speed);
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
