/**
 * A polite live region: screen readers read what changed (the event reached, the place opened)
 * without the whole panel being read again.
 */
import {h} from '../lib/dom.ts';

export interface Announcer {
  announce(message: string): void;
  destroy(): void;
}

export function createAnnouncer(parent: HTMLElement = document.body): Announcer {
  const region = h('div', {className: 'visually-hidden', attrs: {'aria-live': 'polite', 'aria-atomic': 'true'}});
  parent.append(region);
  let last = '';
  return {
    announce(message) {
      if (message === last) return;
      last = message;
      region.textContent = message;
    },
    destroy() {
      region.remove();
    },
  };
}
