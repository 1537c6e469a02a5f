/**
 * The places on the map as controls: a list of buttons laid over whichever map is showing, each at
 * its place, reachable with Tab, operable with Enter and named for screen readers.
 *
 * Pointers do not hit the buttons themselves: along the border, sites sit closer together than a
 * finger is wide, so overlapping buttons would send a tap to whichever lay on top. A click or tap
 * on the map opens the place nearest to it instead (within `HIT_RADIUS`), and hovering near a
 * place shows its name.
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

/** How far from a place, in px, a click or tap still opens it. */
export const HIT_RADIUS = 22;

/** The target nearest to (x, y) within `radius` px, if any. */
export function nearestTarget<T extends {x: number; y: number}>(
  candidates: readonly T[],
  x: number,
  y: number,
  radius = HIT_RADIUS,
): T | undefined {
  let best: T | undefined;
  let bestDistance = radius * radius;
  for (const candidate of candidates) {
    const distance = (candidate.x - x) ** 2 + (candidate.y - y) ** 2;
    if (distance <= bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function createPlaceTargets(container: HTMLElement, options: PlaceTargetsOptions): PlaceTargets {
  const list = h('ul', {className: 'place-targets', attrs: {'aria-label': 'Places on the map'}});
  container.append(list);
  const buttons = new Map<string, {item: HTMLLIElement; button: HTMLButtonElement; target: PlaceTarget}>();
  let view: MapView | null = null;
  let unsubscribe: (() => void) | null = null;
  let unsubscribePointer: (() => void) | null = null;
  let frame = 0;
  let hovered: HTMLButtonElement | null = null;

  /** Visible buttons with their current positions. */
  const positioned = () =>
    [...buttons.values()]
      .filter(({item}) => !item.hidden)
      .map(({button, target}) => ({button, target, ...(view?.project(target.lon, target.lat) ?? {x: -1e6, y: -1e6})}));

  function onPointer(type: 'click' | 'move' | 'leave', x: number, y: number) {
    const hit = type === 'leave' ? undefined : nearestTarget(positioned(), x, y);
    if (type === 'click') {
      if (hit) options.onActivate(hit.target.id, hit.button);
      return;
    }
    if (hovered !== (hit?.button ?? null)) {
      hovered?.classList.remove('is-hovered');
      hovered = hit?.button ?? null;
      hovered?.classList.add('is-hovered');
      view?.setCursor(hovered ? 'pointer' : '');
    }
  }

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
      unsubscribePointer?.();
      view = next;
      unsubscribe = next.onViewChange(schedule);
      unsubscribePointer = next.onPointer(onPointer);
      position();
    },
    setTargets(targets) {
      const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.place : undefined;
      list.replaceChildren();
      buttons.clear();
      hovered = null;
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
      unsubscribePointer?.();
      cancelAnimationFrame(frame);
      list.remove();
    },
  };
}
