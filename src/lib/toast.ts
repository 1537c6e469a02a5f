/**
 * A message at the bottom of the screen that sighted readers see and screen readers hear (an
 * alert), for an action that failed away from where the reader is looking. It stays until closed
 * or replaced, so it cannot vanish before it is read.
 */
import {h} from './dom.ts';

export interface Toast {
  show(message: string): void;
  hide(): void;
  destroy(): void;
}

export function createToast(parent: HTMLElement = document.body): Toast {
  const text = h('p', {className: 'toast__text'});
  const close = h('button', {className: 'control toast__close', attrs: {type: 'button'}}, 'Close');
  const box = h('div', {className: 'toast', attrs: {role: 'alert', hidden: true}}, text, close);
  parent.append(box);
  const hide = () => {
    box.hidden = true;
  };
  close.addEventListener('click', hide);
  return {
    show(message) {
      text.textContent = message;
      box.hidden = false;
    },
    hide,
    destroy() {
      box.remove();
    },
  };
}
