/**
 * The day in brief, when nothing is open: how many sites were reported by then, the week of talks
 * as far as it had gone, and the latest headline estimate with its sources.
 */
import type {Estimate, IsoDate} from '../../story/types.ts';
import {h} from '../../lib/dom.ts';
import {displayDate, estimateFigure, formatDate} from '../../lib/format.ts';
import {latestEstimate, meetingPlacesOnDate, sitesOnDate} from '../../state/selectors.ts';
import type {StoryIndex} from '../../state/story-index.ts';
import {citationList} from './citations.ts';
import {time} from './detail-parts.ts';
import type {DetailViewOptions} from './detail-panel.ts';

/** "By 13 January 2022, 6 troop concentrations were reported near Ukraine, and talks had been held in 6 places." */
export function daySummary(date: string, active: number, departed: number, meetingPlaces: number): string {
  const sites =
    active === 0
      ? 'no troop concentration had been reported near Ukraine'
      : `${active} troop concentration${active === 1 ? ' was' : 's were'} reported near Ukraine${departed ? ` (and ${departed} reported departed)` : ''}`;
  const talks =
    meetingPlaces === 0
      ? 'no talks had been held yet'
      : `talks had been held in ${meetingPlaces} place${meetingPlaces === 1 ? '' : 's'} since November`;
  return `By ${date}, ${sites}, and ${talks}.`;
}

function estimateText(estimate: Estimate): string {
  return `${estimateFigure(estimate)}: ${estimate.counts} (${estimate.who}, ${displayDate(estimate)})`;
}

export function dayView(date: IsoDate, index: StoryIndex, options: DetailViewOptions): HTMLElement[] {
  const sites = sitesOnDate(index, date);
  const active = sites.filter((s) => s.status === 'active').length;
  const departed = sites.filter((s) => s.status === 'departed').length;
  const meetings = meetingPlacesOnDate(index, date);
  const week = index.talksWeek.filter((e) => e.date <= date);
  const estimate = latestEstimate(index, date);
  const placeButton = (placeId: string, text: string) =>
    h('button', {className: 'link-button', attrs: {type: 'button'}, on: {click: () => options.onSelectPlace(placeId)}}, text);
  return [
    h('p', {}, daySummary(formatDate(date), active, departed, meetings.length)),
    week.length
      ? h(
          'section',
          {attrs: {'aria-label': 'The week of talks'}},
          h('h3', {}, 'The week of talks'),
          h(
            'ul',
            {className: 'week-list'},
            ...week.map((e) =>
              h(
                'li',
                {},
                time(e.date, displayDate(e)),
                ': ',
                e.places[0] ? placeButton(e.places[0].place, e.title) : e.title,
                e.talksWeek === 'related' ? ' (on the side)' : '',
              ),
            ),
          ),
        )
      : null,
    estimate
      ? h(
          'section',
          {attrs: {'aria-label': 'Latest headline estimate'}},
          h('h3', {}, 'Latest headline estimate'),
          h('p', {}, estimateText(estimate)),
          h('p', {className: 'note'}, 'Estimates from different sources count different things and are not like-for-like.'),
          citationList(estimate.sources, index.story.sources),
        )
      : null,
    h(
      'p',
      {className: 'hint'},
      'Choose a place on the map, or Tab to it and press Enter, to see what was reported or held there, with sources.',
    ),
  ].filter((node): node is HTMLElement => node !== null);
}
