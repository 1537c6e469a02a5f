/**
 * What the reader sees when the data cannot be loaded: a clear message and a way to try again,
 * instead of an empty box.
 */
import {h} from '../lib/dom.ts';

/** Shows the message inside `container`; returns the function that removes it. */
export function showLoadError(container: HTMLElement, message: string, onRetry: () => void): () => void {
  const retry = h('button', {className: 'load-error__retry', attrs: {type: 'button'}}, 'Retry');
  const box = h(
    'div',
    {className: 'load-error', attrs: {role: 'alert'}},
    h('p', {className: 'load-error__title'}, 'The map’s data could not be loaded.'),
    h('p', {className: 'load-error__detail'}, message),
    retry,
  );
  const remove = () => box.remove();
  retry.addEventListener('click', () => {
    remove();
    onRetry();
  });
  container.append(box);
  return remove;
}
