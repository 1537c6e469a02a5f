/**
 * The Share dialog's workings: a link to the view shown, the embed code with the host's options, a
 * citation, and the data to download (listed by the data build in `data/downloads/manifest.json`,
 * fetched when the dialog first opens, so that nothing is requested before the reader asks).
 * Loaded by `share.ts` when the reader first asks to share.
 */
import type {DownloadEntry} from '../story/types.ts';
import {formatDate} from '../lib/format.ts';
import type {AppState} from '../state/app-state.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {citation, embedCode} from './embed-code.ts';
import {createEmbedOptionsForm} from './embed-options-form.ts';
import {createShareDialog} from './share-dialog.ts';

export interface SharePanelOptions {
  /** Where focus returns when the dialog closes. */
  button: HTMLButtonElement;
  index: StoryIndex;
  getState: () => Readonly<AppState>;
  /** Calls the listener after every state change; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void;
  /** The full page's address for the view shown. */
  viewUrl: () => string;
  /** The name embeds of this page go by in their messages. */
  embedId: string;
  pageTitle: string;
}

export interface SharePanel {
  open(): void;
  destroy(): void;
}

/** Height of a new embed before its first message arrives, px. */
const INITIAL_EMBED_HEIGHT = 760;

async function fetchManifest(): Promise<DownloadEntry[]> {
  const response = await fetch(new URL('data/downloads/manifest.json', document.baseURI));
  if (!response.ok) throw new Error(`manifest.json answered ${response.status}`);
  return (await response.json()) as DownloadEntry[];
}

export function createSharePanel(options: SharePanelOptions): SharePanel {
  const {button, index} = options;
  let downloads: Promise<DownloadEntry[]> | null = null;
  const form = createEmbedOptionsForm(index.story.storySteps.length, () => dialog.update(content()));
  const dialog = createShareDialog(() => button, form.element);

  /** The dialog's content for the view shown now. */
  const content = () => {
    const state = options.getState();
    const event = state.eventId ? index.eventById.get(state.eventId) : undefined;
    const place = state.placeId ? index.placeById.get(state.placeId) : undefined;
    const view = [place?.name ?? event?.title, formatDate(state.date)].filter(Boolean).join(', ');
    const link = options.viewUrl();
    return {
      link,
      embed: embedCode({
        viewUrl: link,
        id: options.embedId,
        title: `Map: ${options.pageTitle}`,
        initialHeight: INITIAL_EMBED_HEIGHT,
        choices: form.read(),
      }),
      citation: citation({
        title: options.pageTitle,
        publisher: location.host,
        viewUrl: link,
        dataVersion: index.story.version,
        accessed: new Date().toISOString().slice(0, 10),
        view,
      }),
    };
  };
  const open = () => {
    downloads ??= fetchManifest().catch((error: unknown) => {
      downloads = null;
      throw error;
    });
    dialog.open(content(), downloads);
  };
  // A host page may change the view while the dialog is open: the link follows the view.
  const unsubscribe = options.subscribe(() => {
    if (dialog.isOpen) dialog.update(content());
  });
  return {
    open,
    destroy() {
      unsubscribe();
      dialog.destroy();
    },
  };
}
