/**
 * The buttons above the timeline: Play/Pause with a speed choice, previous/next event, and until
 * the reader first uses the timeline, a hint on how to.
 */
import {h} from '../lib/dom.ts';

export interface TimelineControlsOptions {
  onPlay: () => void;
  onPause: () => void;
  onSpeed: (speed: number) => void;
  onStep: (direction: 1 | -1) => void;
}

export interface TimelineControls {
  setPlaying(playing: boolean): void;
  /** The reader has used the timeline: the hint on how to is no longer needed. */
  hideHint(): void;
  destroy(): void;
}

const SPEEDS = [
  {value: 0.5, label: 'Slow'},
  {value: 1, label: 'Normal'},
  {value: 2, label: 'Fast'},
];

export function createTimelineControls(container: HTMLElement, options: TimelineControlsOptions): TimelineControls {
  let playing = false;
  const play = h(
    'button',
    {className: 'control control--play', attrs: {type: 'button'}, on: {click: () => (playing ? options.onPause() : options.onPlay())}},
    'Play',
  );
  const speed = h(
    'select',
    {className: 'control__select', id: 'playback-speed', on: {change: () => options.onSpeed(Number(speed.value))}},
    ...SPEEDS.map(({value, label}) => h('option', {attrs: {value, selected: value === 1}}, label)),
  );
  const previous = h(
    'button',
    {className: 'control', attrs: {type: 'button', 'aria-label': 'Previous event'}, on: {click: () => options.onStep(-1)}},
    '‹',
    h('span', {className: 'control__more'}, ' Previous'),
  );
  const next = h(
    'button',
    {className: 'control', attrs: {type: 'button', 'aria-label': 'Next event'}, on: {click: () => options.onStep(1)}},
    h('span', {className: 'control__more'}, 'Next '),
    '›',
  );
  const hint = h('span', {className: 'timeline__hint'}, 'Drag the timeline, or press Play');
  const bar = h(
    'div',
    {className: 'timeline__controls'},
    play,
    h('label', {className: 'control__label', attrs: {for: 'playback-speed'}}, 'Speed'),
    speed,
    hint,
    h('span', {className: 'timeline__controls-gap'}),
    previous,
    next,
  );
  container.prepend(bar);
  return {
    setPlaying(next) {
      playing = next;
      play.textContent = next ? 'Pause' : 'Play';
      play.classList.toggle('is-playing', next);
    },
    hideHint() {
      hint.hidden = true;
    },
    destroy() {
      bar.remove();
    },
  };
}
