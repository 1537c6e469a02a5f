/**
 * The embed's conversation with the page that hosts it (see host-messages.ts for the protocol):
 * every change of day or event is told to the host, and the host's `select` commands are carried
 * out through the actions, as a reader's would be.
 */
import type {AppState} from '../state/app-state.ts';
import type {Actions} from '../state/actions.ts';
import type {Store} from '../state/store.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {listenToHost, stateMessage, type HostCommand} from './host-messages.ts';

export interface HostBridgeOptions {
  index: StoryIndex;
  store: Pick<Store<AppState>, 'subscribe'>;
  actions: Pick<Actions, 'selectEvent' | 'goToDate'>;
  /** The embed's name in its messages. */
  embedId: string;
  /** A command arrived: whatever plays by itself stops, as for a reader. */
  onCommand: () => void;
  host?: Window;
}

export interface HostBridge {
  destroy(): void;
}

export function createHostBridge(options: HostBridgeOptions): HostBridge {
  const {actions, host = window.parent} = options;
  if (host === window) return {destroy() {}};
  const unsubscribe = options.store.subscribe((state, previous) => {
    if (state.date !== previous.date || state.eventId !== previous.eventId) host.postMessage(stateMessage(options.embedId, state), '*');
  });
  const stopListening = listenToHost(
    options.index,
    (command: HostCommand) => {
      options.onCommand();
      if ('event' in command) actions.selectEvent(command.event);
      else actions.goToDate(command.date);
    },
    host,
  );
  return {
    destroy() {
      unsubscribe();
      stopListening();
    },
  };
}
