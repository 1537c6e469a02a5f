/**
 * The places on the map as controls: a list of buttons laid over whichever map is showing, each at
 * its place, reachable with Tab, operable with Enter and named for screen readers.
 *
 * Pointers do not hit the buttons themselves: along the border, sites sit closer together than a
 * finger is wide, so overlapping buttons would send a tap to whichever lay on top. A click or tap
 * on the map opens the place nearest to it instead (within `HIT_RADIUS`), and hovering near a
 * place shows its name.
 */
import {h} from '../lib/dom.ts';
import type {PlaceTarget} from './map-features.ts';
import type {MapView} from './map-view.ts';

export interface PlaceTargetsOptions {
  onActivate: (placeId: string, button: HTMLButtonElement) => void;
  /** The reader points at, or focuses, a place; `null` when they leave it. */
  onHover: (placeId: string | null) => void;
  /**
   * Whether a point of the map is taken by one of the map's own controls: a place drawn there has
   * no button of its own (it would sit on the control's; the Events list and the panel reach it).
   */
  underControls?: (x: number, y: number, width: number, height: number) => boolean;
}

export interface PlaceTargets {
  /**
   * The base map that takes the pointer, and where each place is drawn on it (`locate`: relative
   * to the container, or null when it is not drawn; the inset's places are not where the map
   * would project them).
   */
  setView(view: MapView, locate: (lon: number, lat: number) => {x: number; y: number} | null): void;
  /** Places the buttons again (the inset moved or changed size). */
  reposition(): void;
  /** Updates the buttons in place: cheap when only some names changed, as on most days. */
  setTargets(targets: readonly PlaceTarget[]): void;
  setSelected(placeIds: readonly string[]): void;
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

interface Entry {
  item: HTMLLIElement;
  button: HTMLButtonElement;
  name: HTMLSpanElement;
  target: PlaceTarget;
}

export function createPlaceTargets(container: HTMLElement, options: PlaceTargetsOptions): PlaceTargets {
  const list = h('ul', {className: 'place-targets', attrs: {'aria-label': 'Places on the map'}});
  container.append(list);
  const entries = new Map<string, Entry>();
  let order = '';
  let selected = new Set<string>();
  let view: MapView | null = null;
  let locate: (lon: number, lat: number) => {x: number; y: number} | null = () => null;
  let unsubscribe: (() => void) | null = null;
  let unsubscribePointer: (() => void) | null = null;
  let frame = 0;
  let hovered: Entry | null = null;

  function position() {
    frame = 0;
    // Nothing to place (before the first day is drawn): no reason to read the page's layout.
    if (!view || !entries.size) return;
    const width = container.clientWidth;
    const height = container.clientHeight;
    for (const {item, target} of entries.values()) {
      const at = locate(target.lon, target.lat);
      // A place scrolled out of view leaves the tab order too, instead of taking focus off-screen.
      item.hidden =
        !at || at.x < 0 || at.y < 0 || at.x > width || at.y > height || Boolean(options.underControls?.(at.x, at.y, width, height));
      if (at) item.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)`;
    }
  }

  // Camera moves fire many times a frame; reposition at most once per frame.
  const schedule = () => {
    frame ||= requestAnimationFrame(position);
  };

  function hover(entry: Entry | null) {
    if (hovered === entry) return;
    hovered?.button.classList.remove('is-hovered');
    hovered = entry;
    hovered?.button.classList.add('is-hovered');
    view?.setCursor(hovered ? 'pointer' : '');
    options.onHover(hovered?.target.id ?? null);
  }

  function onPointer(type: 'click' | 'move' | 'leave', x: number, y: number) {
    const visible = [...entries.values()].filter(({item}) => !item.hidden);
    const located = visible.map((entry) => ({entry, ...(locate(entry.target.lon, entry.target.lat) ?? {x: -1e6, y: -1e6})}));
    const hit = type === 'leave' ? undefined : nearestTarget(located, x, y)?.entry;
    if (type === 'click') {
      if (hit) options.onActivate(hit.target.id, hit.button);
      return;
    }
    hover(hit ?? null);
  }

  function create(target: PlaceTarget): Entry {
    const name = h('span', {className: 'place-target__name', attrs: {'aria-hidden': 'true'}}, target.name);
    const button = h(
      'button',
      {className: `place-target place-target--${target.kind}`, attrs: {type: 'button', 'data-place': target.id}},
      name,
    );
    const entry: Entry = {item: h('li', {className: 'place-targets__item'}, button), button, name, target};
    button.addEventListener('click', () => options.onActivate(entry.target.id, button));
    button.addEventListener('focus', () => options.onHover(entry.target.id));
    button.addEventListener('blur', () => options.onHover(null));
    return entry;
  }

  return {
    setView(next, locator) {
      unsubscribe?.();
      unsubscribePointer?.();
      view = next;
      locate = locator;
      unsubscribe = next.onViewChange(schedule);
      unsubscribePointer = next.onPointer(onPointer);
      position();
    },
    setTargets(targets) {
      const wanted = new Set(targets.map((t) => t.id));
      for (const [id, entry] of entries) {
        if (wanted.has(id)) continue;
        if (hovered === entry) hover(null);
        entry.item.remove();
        entries.delete(id);
      }
      let created = false;
      for (const target of targets) {
        let entry = entries.get(target.id);
        if (!entry) {
          entry = create(target);
          entries.set(target.id, entry);
          created = true;
        }
        entry.target = target;
        if (entry.button.getAttribute('aria-label') !== target.label) entry.button.setAttribute('aria-label', target.label);
        if (entry.name.textContent !== target.name) entry.name.textContent = target.name;
        if (selected.has(target.id)) entry.button.setAttribute('aria-current', 'true');
        else entry.button.removeAttribute('aria-current');
      }
      // Tab order follows the targets' order; moving a focused button would drop its focus, so the
      // list is reordered only when the order really changed (a place appearing or leaving).
      const nextOrder = targets.map((t) => t.id).join();
      if (nextOrder !== order) {
        const focused = document.activeElement;
        list.append(...targets.map((t) => entries.get(t.id)!.item));
        if (focused instanceof HTMLElement && list.contains(focused) && document.activeElement !== focused) focused.focus();
        order = nextOrder;
      }
      // Places do not move: only new buttons need placing (camera moves reposition all).
      if (created) position();
    },
    setSelected(placeIds) {
      selected = new Set(placeIds);
      for (const [id, {button}] of entries) {
        if (selected.has(id)) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    },
    reposition: schedule,
    buttonFor: (placeId) => entries.get(placeId)?.button,
    destroy() {
      unsubscribe?.();
      unsubscribePointer?.();
      cancelAnimationFrame(frame);
      list.remove();
    },
  };
}
