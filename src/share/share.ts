/**
 * The Share button. The dialog behind it (`share-panel.ts`, with the embed options and the
 * citation) is loaded when the reader first presses it: few readers share, and every reader waits
 * for the code that runs before first paint.
 */
import {createToast} from '../lib/toast.ts';
import {loadFailureMessage} from '../lib/load-failure.ts';
import type {SharePanel, SharePanelOptions} from './share-panel.ts';

export type ShareOptions = SharePanelOptions;

export interface Share {
  destroy(): void;
}

export function createShare(options: ShareOptions): Share {
  let panel: Promise<SharePanel> | null = null;
  let destroyed = false;
  const toast = createToast();
  const open = () => {
    panel ??= import('./share-panel.ts').then(({createSharePanel}) => createSharePanel(options));
    panel.then(
      (loaded) => {
        toast.hide();
        if (!destroyed) loaded.open();
      },
      (error: unknown) => {
        // Not cached: the next press tries again (the connection may be back).
        panel = null;
        toast.show(`The Share dialog could not be opened: ${loadFailureMessage(error)}`);
      },
    );
  };
  options.button.addEventListener('click', open);
  return {
    destroy() {
      destroyed = true;
      options.button.removeEventListener('click', open);
      toast.destroy();
      void panel?.then(
        (loaded) => loaded.destroy(),
        () => undefined,
      );
    },
  };
}
