/**
 * The buttons beside the timeline: Play/Pause with a speed choice, and previous/next event.
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
    '‹ Previous',
  );
  const next = h(
    'button',
    {className: 'control', attrs: {type: 'button', 'aria-label': 'Next event'}, on: {click: () => options.onStep(1)}},
    'Next ›',
  );
  const bar = h(
    'div',
    {className: 'timeline__controls'},
    play,
    h('label', {className: 'control__label', attrs: {for: 'playback-speed'}}, 'Speed'),
    speed,
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
    destroy() {
      bar.remove();
    },
  };
}
