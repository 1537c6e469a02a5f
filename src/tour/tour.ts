/**
 * The guided tour: "Start the story" walks a curated sequence of steps from the first reports to
 * 24 February 2022, each selecting its event (through the actions) while the bar tells the step's
 * text. Focus goes to Next when it starts and back to the start button when it ends.
 */
import type {Actions} from '../state/actions.ts';
import type {StoryStep} from '../story/types.ts';
import {createTourBar, type TourBar} from './tour-bar.ts';

export interface TourOptions {
  /** Where the bar goes (before the map). */
  container: HTMLElement;
  startButton: HTMLButtonElement;
  steps: readonly StoryStep[];
  actions: Pick<Actions, 'goToTourStep' | 'endTour'>;
  /** Called before each step the reader or the bar takes, so that playback stops. */
  onStep: () => void;
}

export interface Tour {
  /** Shows the bar at a step, or hides it (null). */
  render(step: number | null): void;
  /** Stops the tour playing by itself (a reader took over). */
  pause(): void;
  /** Plays from the step shown. */
  play(): void;
  destroy(): void;
}

export function createTour(options: TourOptions): Tour {
  const bar: TourBar = createTourBar(options.container, {
    steps: options.steps,
    startButton: options.startButton,
    onStep(step) {
      options.onStep();
      options.actions.goToTourStep(step);
    },
    onEnd() {
      options.actions.endTour();
      options.startButton.focus();
    },
  });
  return {
    render: bar.render,
    pause: bar.pause,
    play() {
      bar.pause();
      bar.togglePlay();
    },
    destroy: bar.destroy,
  };
}
