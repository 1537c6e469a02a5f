/**
 * The live note on the map: the latest headline estimate of Russian troops by the day shown, with
 * who gave it and when ("About 100,000 troops — US, 13 January 2022"). Estimates count different
 * things; the note says whose figure it is, and the timeline's chart shows them all.
 */
import type {Estimate} from '../story/types.ts';
import {h} from '../lib/dom.ts';
import {displayDate, estimateFigure, formatShortDate} from '../lib/format.ts';
import type {Box} from '../lib/label-placement.ts';

export interface EstimateNote {
  render(estimate: Estimate | undefined): void;
  /** The note's box relative to the map's container (the map's labels keep clear of it). */
  box(): Box | null;
  destroy(): void;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function createEstimateNote(container: HTMLElement): EstimateNote {
  const figure = h('p', {className: 'estimate-note__figure'});
  const source = h('p', {className: 'estimate-note__source'});
  // A small map has room for who and when only: "US, 13 Jan" (the panel and the chart say more).
  const shortSource = h('p', {className: 'estimate-note__source estimate-note__source--short'});
  const note = h('div', {className: 'estimate-note', attrs: {'data-testid': 'estimate-note', hidden: true}}, figure, source, shortSource);
  container.append(note);
  let shown: Estimate | undefined;
  let box: Box | null = null;
  const measure = () => {
    if (note.hidden) {
      box = null;
      return;
    }
    const outer = container.getBoundingClientRect();
    const inner = note.getBoundingClientRect();
    box = {x0: inner.left - outer.left, y0: inner.top - outer.top, x1: inner.right - outer.left, y1: inner.bottom - outer.top};
  };
  const observer = new ResizeObserver(measure);
  observer.observe(note);
  observer.observe(container);
  return {
    render(estimate) {
      if (estimate === shown) return;
      shown = estimate;
      note.hidden = !estimate;
      if (estimate) {
        figure.textContent = `${capitalise(estimateFigure(estimate))} troops`;
        source.textContent = `${estimate.who}, ${displayDate(estimate)}. Headline estimates count different things.`;
        shortSource.textContent = `${estimate.label.split(':')[0]}, ${estimate.dateText ?? formatShortDate(estimate.date)}`;
      }
      measure();
    },
    box: () => box,
    destroy() {
      observer.disconnect();
      note.remove();
    },
  };
}
