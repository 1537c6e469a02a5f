/**
 * What the reader does to the timeline: keys on the handle (Left/Right and Down/Up a day,
 * PageUp/PageDown the previous or next event, Home/End the ends), and pointers on the track (drag
 * to scrub, click a day, click a mark to choose its event, hover a mark to point at it). Touch
 * drags scrub horizontally and leave vertical scrolling to the page (CSS `touch-action`).
 */
import type {IsoDate} from '../story/types.ts';
import {addDays, clampDate} from '../lib/dates.ts';
import {nearestMark, type Mark, type TimelineLayout} from './timeline-layout.ts';

export interface SliderInputOptions {
  track: HTMLElement;
  handle: HTMLElement;
  /** The layout now (it changes with the track's width). */
  layout: () => TimelineLayout;
  /** The day shown now. */
  date: () => IsoDate;
  period: {start: IsoDate; end: IsoDate};
  onDate: (date: IsoDate) => void;
  onSelectEvent: (eventId: string) => void;
  /** PageDown/PageUp: the next (+1) or previous (-1) event. */
  onStep: (direction: 1 | -1) => void;
  /** The pointer is over a mark, or over none. */
  onPointAt: (mark: Mark | null) => void;
}

/** A pointer moving less than this between down and up is a click, not a drag. */
const CLICK_SLOP = 4;

/** Listens to the track and the handle; returns the function that stops listening. */
export function attachSliderInput(options: SliderInputOptions): () => void {
  const {track, handle, period} = options;
  let drag: {id: number; x: number; moved: boolean; mark?: Mark} | null = null;
  const trackX = (event: PointerEvent) => event.clientX - track.getBoundingClientRect().left;
  const trackY = (event: PointerEvent) => event.clientY - track.getBoundingClientRect().top;

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const px = trackX(event);
    const mark = nearestMark(options.layout(), px, trackY(event));
    drag = {id: event.pointerId, x: px, moved: false, ...(mark ? {mark} : {})};
    track.setPointerCapture(event.pointerId);
    handle.focus({preventScroll: true});
    if (!mark) options.onDate(options.layout().dateAt(px));
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent) => {
    const px = trackX(event);
    if (drag && drag.id === event.pointerId) {
      if (Math.abs(px - drag.x) > CLICK_SLOP) drag.moved = true;
      if (drag.moved) options.onDate(options.layout().dateAt(px));
      return;
    }
    if (event.pointerType === 'mouse') options.onPointAt(nearestMark(options.layout(), px, trackY(event)) ?? null);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag || drag.id !== event.pointerId) return;
    if (!drag.moved && drag.mark) options.onSelectEvent(drag.mark.event.id);
    drag = null;
  };
  const onPointerLeave = () => options.onPointAt(null);

  const byDays = (days: number) => () => options.onDate(clampDate(addDays(options.date(), days), period.start, period.end));
  const keys: Record<string, () => void> = {
    ArrowRight: byDays(1),
    ArrowUp: byDays(1),
    ArrowLeft: byDays(-1),
    ArrowDown: byDays(-1),
    Home: () => options.onDate(period.start),
    End: () => options.onDate(period.end),
    PageDown: () => options.onStep(1),
    PageUp: () => options.onStep(-1),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = keys[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move();
  };

  const listeners: [EventTarget, string, EventListener][] = [
    [track, 'pointerdown', onPointerDown as EventListener],
    [track, 'pointermove', onPointerMove as EventListener],
    [track, 'pointerup', onPointerUp as EventListener],
    [track, 'pointercancel', onPointerUp as EventListener],
    [track, 'pointerleave', onPointerLeave],
    [handle, 'keydown', onKeyDown as EventListener],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
