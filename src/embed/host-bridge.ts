/**
 * The embed's conversation with the page that hosts it (see host-messages.ts for the protocol):
 * every change of day or event is told to the host, and the host's `select` commands are carried
 * out through the actions, as a reader's would be, at most one per frame.
 */
import type {AppState} from '../state/app-state.ts';
import type {Actions} from '../state/actions.ts';
import type {Store} from '../state/store.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {latestPerFrame} from '../lib/latest-per-frame.ts';
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
  // A flood of commands must not keep the embed jumping for long after it stops, nor override the
  // reader for ever: only the latest command of each frame is carried out.
  const commands = latestPerFrame((command: HostCommand) => {
    options.onCommand();
    if ('event' in command) actions.selectEvent(command.event);
    else actions.goToDate(command.date);
  });
  const stopListening = listenToHost(options.index, commands.push, host);
  return {
    destroy() {
      unsubscribe();
      stopListening();
      commands.cancel();
    },
  };
}
