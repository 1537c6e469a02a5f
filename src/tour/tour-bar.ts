/**
 * The guided tour's bar: the step's position and text above the map, with Back, Next, Play story
 * and End story. The reader steps with the buttons (or, presenting, the keys), or lets it play,
 * each step staying long enough to read.
 */
import type {StoryStep} from '../story/types.ts';
import {h} from '../lib/dom.ts';
import {readingTime} from '../lib/reading-time.ts';

export interface TourBarOptions {
  steps: readonly StoryStep[];
  /** Shows step `index` (selects its event). */
  onStep: (index: number) => void;
  onEnd: () => void;
  /** The page's "Start the story" button (in the HTML, so that the header never shifts). */
  startButton: HTMLButtonElement;
}

export interface TourBar {
  /** Shows the bar at a step, or hides it (null). */
  render(step: number | null): void;
  /** Plays from the current step; pauses when already playing. */
  togglePlay(): void;
  pause(): void;
  destroy(): void;
}

export function createTourBar(container: HTMLElement, options: TourBarOptions): TourBar {
  const {steps} = options;
  let current: number | null = null;
  let rendered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const position = h('p', {className: 'story__position'});
  const text = h('p', {className: 'story__text'});
  const back = h(
    'button',
    {className: 'control', attrs: {type: 'button', 'aria-label': 'Previous step'}, on: {click: () => go(-1)}},
    '‹ Back',
  );
  const next = h(
    'button',
    {className: 'control control--primary', attrs: {type: 'button', 'aria-label': 'Next step'}, on: {click: () => go(1)}},
    'Next ›',
  );
  const play = h('button', {className: 'control', attrs: {type: 'button'}, on: {click: () => bar.togglePlay()}}, 'Play story');
  const end = h('button', {className: 'control', attrs: {type: 'button'}, on: {click: () => options.onEnd()}}, 'End story');
  const section = h(
    'section',
    {className: 'story', attrs: {'aria-label': 'Story', hidden: true}},
    h('div', {className: 'story__body'}, position, text),
    h('div', {className: 'story__controls'}, back, next, play, end),
  );
  container.prepend(section);
  const {startButton} = options;
  startButton.addEventListener('click', start);

  /** Starts at the first step; focus goes to Next, since the start button disappears. */
  function start() {
    options.onStep(0);
    next.focus();
  }

  function go(direction: 1 | -1) {
    bar.pause();
    if (current === null) return;
    const target = current + direction;
    if (target >= 0 && target < steps.length) options.onStep(target);
  }

  const schedule = () => {
    if (current === null) return;
    timer = setTimeout(
      () => {
        if (current === null || current >= steps.length - 1) {
          bar.pause();
          return;
        }
        options.onStep(current + 1);
        schedule();
      },
      readingTime(steps[current]?.text ?? ''),
    );
  };

  const bar: TourBar = {
    render(step) {
      if (step === current && rendered) return;
      rendered = true;
      current = step;
      section.hidden = step === null;
      startButton.hidden = step !== null;
      if (step === null) {
        bar.pause();
        return;
      }
      position.textContent = `Step ${step + 1} of ${steps.length}`;
      text.textContent = steps[step]?.text ?? '';
      back.disabled = step === 0;
      next.disabled = step === steps.length - 1;
    },
    togglePlay() {
      if (timer !== undefined) {
        bar.pause();
        return;
      }
      play.textContent = 'Pause story';
      schedule();
    },
    pause() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      play.textContent = 'Play story';
    },
    destroy() {
      bar.pause();
      section.remove();
      startButton.removeEventListener('click', start);
    },
  };
  return bar;
}
