/**
 * The legend (the map's key) at run time: the build wrote it into the page (legend-markup.ts), complete
 * with what it needs from the data, so that it is on screen at the first paint, before the page's
 * script or its data arrive; here it is brought up to date with the data the page then reads.
 */
import type {HeldAreaProperties} from '../story/geography-types.ts';
import type {Story} from '../story/types.ts';
import {heldAreaKeyLine} from '../lib/format.ts';

/** Entries shown only when the data has such sites (none of the current data has). */
export type OptionalEntry = 'departed' | 'unverified';

/** The optional entries for the kinds of site the story has. */
export function legendEntriesFor(story: Pick<Story, 'sites' | 'places'>): OptionalEntry[] {
  const present: Record<OptionalEntry, boolean> = {
    departed: story.sites.some((s) => s.departed),
    unverified: story.places.some((p) => p.kind === 'troop-site' && p.status === 'unverified'),
  };
  return (Object.keys(present) as OptionalEntry[]).filter((entry) => present[entry]);
}

/** Shows the optional entries given, and hides the others. */
export function showLegendEntries(legend: HTMLElement, entries: readonly OptionalEntry[]): void {
  for (const item of legend.querySelectorAll<HTMLElement>('[data-optional]'))
    item.hidden = !entries.includes(item.dataset.optional as OptionalEntry);
}

/** The legend's line for the areas held since 2014, in the data's words, with its precision. */
export function describeHeldArea(legend: HTMLElement, area: HeldAreaProperties): void {
  const texts = legend.querySelector('.key--held')?.closest('.legend__item')?.querySelectorAll('.legend__text');
  if (!texts) return;
  const [full, short] = texts;
  if (full) full.textContent = heldAreaKeyLine(area);
  if (short) short.textContent = area.name;
}
