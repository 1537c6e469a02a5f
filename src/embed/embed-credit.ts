/**
 * The embed's credit and source line, under the map as news graphics have it: the publishers the
 * facts come from (the most cited first), the geographic data, and the way to the full page.
 */
import {externalLink} from '../lib/dom.ts';
import {mostCitedPublishers, publishersOf} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';

/** Publishers named before "and N others". */
const NAMED = 4;

/** Fills the line; returns its link to the full page, whose address follows the view. */
export function renderEmbedCredit(element: HTMLElement, index: StoryIndex): HTMLAnchorElement {
  const all = new Set(index.story.events.flatMap((event) => publishersOf(index, event.sources)));
  const others = all.size - NAMED;
  const sources = `${mostCitedPublishers(index, NAMED).join(', ')}${others > 0 ? ` and ${others} other publishers` : ''}`;
  const link = externalLink('./', 'Open full page');
  element.replaceChildren(`Sources: ${sources}, cited for each fact · Data: Natural Earth, GeoNames · `, link);
  element.hidden = false;
  return link;
}
