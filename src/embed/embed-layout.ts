/**
 * The compact layout for someone else's article (`?embed=1`): the class the stylesheet keys on,
 * the "Open full page" link, and the Events list folded under a disclosure, so the frame keeps the
 * map, its key and the timeline in view.
 */
import {h} from '../lib/dom.ts';

/** Folds a section of the page under a disclosure named `summary`. */
export function fold(content: HTMLElement, summary: string): HTMLDetailsElement {
  const details = h('details', {className: 'fold'}, h('summary', {}, summary));
  content.before(details);
  details.append(content);
  return details;
}

export interface EmbedLayoutParts {
  events: HTMLElement;
  fullPageLink: HTMLAnchorElement;
}

export function applyEmbedLayout({events, fullPageLink}: EmbedLayoutParts): void {
  document.documentElement.classList.add('is-embed');
  // The key stays open under the map (it is a line or two); the long list is folded.
  fold(events, 'All events');
  fullPageLink.hidden = false;
}
