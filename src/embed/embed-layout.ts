/**
 * The compact layout for someone else's article (`?embed=1`): the class the stylesheet keys on,
 * the "Open full page" link, and the Events list folded under a disclosure, so the frame keeps the
 * map, its key and the timeline in view.
 */
import {h} from '../lib/dom.ts';
import type {EmbedOptions} from '../state/url-schema.ts';

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

/** The classes the stylesheet keys on for the embed's options: set before the first paint (first-paint.ts). */
export function applyEmbedClasses(options: Pick<EmbedOptions, 'embed' | 'plain' | 'hide'>): void {
  const root = document.documentElement;
  root.classList.toggle('is-plain', options.plain);
  for (const part of options.hide) root.classList.add(`hide-${part}`);
  root.classList.toggle('is-embed', options.embed);
}

/**
 * Completes the embed's compact layout, whose classes (with `plain` and `hide`, which a full page
 * may use too) are set already (applyEmbedClasses): the actions' menu, the folded Events list, and
 * the link to the full page.
 */
export function applyEmbedLayout(options: EmbedOptions, {events, fullPageLink}: EmbedLayoutParts): void {
  if (!options.embed) return;
  // In a narrow frame the actions sit behind one button (embed.css).
  const menu = document.getElementById('menu-button');
  const toolbar = document.getElementById('toolbar');
  menu?.addEventListener('click', () => {
    const open = !toolbar?.classList.contains('is-open');
    toolbar?.classList.toggle('is-open', open);
    menu.setAttribute('aria-expanded', String(open));
  });
  // The key stays open under the map (it is a line or two); the long list is folded.
  fold(events, 'All events');
  fullPageLink.hidden = false;
}
