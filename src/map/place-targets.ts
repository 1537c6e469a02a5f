/**
 * Keyboard and pointer targets for the places on the map: a list of buttons laid over whichever
 * map is showing, each at its place. The map itself is a picture; these make each place reachable
 * with Tab, operable with Enter or a click, and named for screen readers.
 */
import {h} from '../ui/dom.ts';
import type {PlaceTarget} from './map-features.ts';
import type {MapView} from './map-view.ts';

export interface PlaceTargetsOptions {
  onActivate: (placeId: string, button: HTMLButtonElement) => void;
}

export interface PlaceTargets {
  setView(view: MapView): void;
  setTargets(targets: readonly PlaceTarget[]): void;
  setSelected(placeId: string | null): void;
  /** The button of a place, to give focus back to it. */
  buttonFor(placeId: string): HTMLButtonElement | undefined;
  destroy(): void;
}

export function createPlaceTargets(container: HTMLElement, options: PlaceTargetsOptions): PlaceTargets {
  const list = h('ul', {className: 'place-targets', attrs: {'aria-label': 'Places on the map'}});
  container.append(list);
  const buttons = new Map<string, {item: HTMLLIElement; button: HTMLButtonElement; target: PlaceTarget}>();
  let view: MapView | null = null;
  let unsubscribe: (() => void) | null = null;
  let frame = 0;

  function position() {
    frame = 0;
    if (!view) return;
    const width = container.clientWidth;
    const height = container.clientHeight;
    for (const {item, target} of buttons.values()) {
      const {x, y} = view.project(target.lon, target.lat);
      // A place scrolled out of view leaves the tab order too, instead of taking focus off-screen.
      item.hidden = x < 0 || y < 0 || x > width || y > height;
      item.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
  }

  // Camera moves fire many times a frame; reposition at most once per frame.
  const schedule = () => {
    frame ||= requestAnimationFrame(position);
  };

  return {
    setView(next) {
      unsubscribe?.();
      view = next;
      unsubscribe = next.onViewChange(schedule);
      position();
    },
    setTargets(targets) {
      const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.place : undefined;
      list.replaceChildren();
      buttons.clear();
      for (const target of targets) {
        const button = h(
          'button',
          {
            className: `place-target place-target--${target.kind}`,
            attrs: {type: 'button', 'aria-label': target.label, 'data-place': target.id},
            on: {click: () => options.onActivate(target.id, button)},
          },
          h('span', {className: 'place-target__name', attrs: {'aria-hidden': 'true'}}, target.name),
        );
        const item = h('li', {className: 'place-targets__item'}, button);
        list.append(item);
        buttons.set(target.id, {item, button, target});
      }
      position();
      if (focusedId) buttons.get(focusedId)?.button.focus();
    },
    setSelected(placeId) {
      for (const [id, {button}] of buttons) {
        if (id === placeId) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    },
    buttonFor: (placeId) => buttons.get(placeId)?.button,
    destroy() {
      unsubscribe?.();
      cancelAnimationFrame(frame);
      list.remove();
    },
  };
}
