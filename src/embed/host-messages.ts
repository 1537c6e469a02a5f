/**
 * Messages between the embed and the page that hosts it.
 *
 * To the host, on every change the reader makes: `{type: "state", id, event, date}`.
 * From the host: `{type: "select", event: "<id>"}` or `{type: "select", date: "YYYY-MM-DD"}`
 * (an object, or the same as a JSON string). Anything else, an unknown event, a date outside the
 * story, or a message from any window but the parent, is ignored.
 */
import type {IsoDate} from '../story/types.ts';
import {isIsoDate} from '../lib/dates.ts';
import {isStoryDate, type StoryIndex} from '../state/story-index.ts';

export type HostCommand = {type: 'select'; event: string} | {type: 'select'; date: IsoDate};

export interface StateMessage {
  type: 'state';
  id: string;
  event: string | null;
  date: IsoDate;
}

/** Checks a message from the host against the protocol and the data; null when it is not valid. */
export function parseHostCommand(data: unknown, index: StoryIndex): HostCommand | null {
  let message = data;
  if (typeof message === 'string') {
    if (message.length > 10_000) return null;
    try {
      message = JSON.parse(message) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const {type, event, date} = message as Record<string, unknown>;
  if (type !== 'select') return null;
  if (typeof event === 'string' && index.eventById.has(event)) return {type, event};
  if (event === undefined && isIsoDate(date) && isStoryDate(index, date)) return {type, date};
  return null;
}

export function stateMessage(id: string, state: {eventId: string | null; date: IsoDate}): StateMessage {
  return {type: 'state', id, event: state.eventId, date: state.date};
}

/** Listens for commands from `parent`; returns the function that stops listening. */
export function listenToHost(index: StoryIndex, onCommand: (command: HostCommand) => void, parent: Window = window.parent): () => void {
  if (parent === window) return () => {};
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const command = parseHostCommand(event.data, index);
    if (command) onCommand(command);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
