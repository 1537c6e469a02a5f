/**
 * The presentation layout's switch and keys: the `is-present` class (the stylesheet does the rest),
 * and stepping with the keys presentation clickers send (PageDown, PageUp) as well as Right/Space
 * and Left. F toggles full screen; Escape leaves.
 */

export interface PresentationKeysOptions {
  /** The next (+1) or previous (-1) step: of the story when one is told, else the next event. */
  onStep: (direction: 1 | -1) => void;
  onLeave: () => void;
}

export interface PresentationKeys {
  /** Turns the layout on or off (the store says which). */
  render(present: boolean): void;
  destroy(): void;
}

/** Elements whose own keys must not be taken over. */
const TYPING = 'input, textarea, select, [contenteditable="true"], dialog[open]';

export function createPresentationKeys(options: PresentationKeysOptions): PresentationKeys {
  let on = false;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!on || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(TYPING)) return;
    // Space and Enter keep activating the button that has focus.
    if (event.key === ' ' && target?.closest('button, a, summary, [role="slider"]')) return;
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) options.onStep(1);
    else if (['ArrowLeft', 'PageUp'].includes(event.key)) options.onStep(-1);
    else if (event.key === 'f' || event.key === 'F') void toggleFullscreen();
    else if (event.key === 'Escape' && !document.fullscreenElement) options.onLeave();
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKeyDown);

  async function toggleFullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Full screen can be refused (an iframe without permission); the layout works without it.
    }
  }

  return {
    render(present) {
      if (present === on) return;
      on = present;
      document.documentElement.classList.toggle('is-present', present);
      if (!present && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    },
    destroy() {
      document.removeEventListener('keydown', onKeyDown);
      document.documentElement.classList.remove('is-present');
    },
  };
}
