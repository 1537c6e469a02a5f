/**
 * The presentation (classroom) layout, `?present=1` or the Present button: large type, high
 * contrast, the page's chrome hidden, a caption saying what is shown, map labels larger, and the
 * keys presentation clickers send stepping through the tour (when one is told) or the events.
 */
import type {AppState} from '../state/app-state.ts';
import type {Actions} from '../state/actions.ts';
import {createPresentationKeys} from './presentation-keys.ts';

export interface PresentationOptions {
  button: HTMLButtonElement;
  getState: () => Readonly<AppState>;
  actions: Pick<Actions, 'setPresent' | 'goToTourStep' | 'stepEvent'>;
  /** A key stepped: playback and the tour stop playing by themselves. */
  onStep: () => void;
  /** Map labels' size relative to the usual. */
  setLabelScale: (scale: number) => void;
}

export interface Presentation {
  render(state: Readonly<AppState>, previous: Readonly<AppState> | undefined): void;
  destroy(): void;
}

/** Map labels in the presentation layout, relative to the usual: read from the back of a room. */
export const PRESENT_LABEL_SCALE = 1.6;

export function createPresentation(options: PresentationOptions): Presentation {
  const {actions, button} = options;
  const keys = createPresentationKeys({
    onStep(direction) {
      options.onStep();
      const {tourStep} = options.getState();
      if (tourStep !== null) actions.goToTourStep(tourStep + direction);
      else actions.stepEvent(direction, true);
    },
    onLeave: () => actions.setPresent(false),
  });
  const toggle = () => actions.setPresent(!options.getState().present);
  button.addEventListener('click', toggle);
  return {
    render(state, previous) {
      if (state.present === previous?.present) return;
      keys.render(state.present);
      options.setLabelScale(state.present ? PRESENT_LABEL_SCALE : 1);
      button.textContent = state.present ? 'Leave presentation' : 'Present';
    },
    destroy() {
      button.removeEventListener('click', toggle);
      keys.destroy();
    },
  };
}
