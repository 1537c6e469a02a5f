/**
 * A troop site in the panel: where it is, what was reported there and when (up to the day shown,
 * with later reports folded), the units named, and its distance to Ukraine's border, computed and
 * as the sources gave it.
 */
import type {IsoDate, Place, Site, SiteReport} from '../../story/types.ts';
import {append, externalLink, h} from '../../lib/dom.ts';
import {displayDate, formatDate, formatKm, formatNumber} from '../../lib/format.ts';
import {sitesOnDate} from '../../state/selectors.ts';
import type {StoryIndex} from '../../state/story-index.ts';
import {citationList} from './citations.ts';
import {doubt, positionNote, time, whereLine} from './detail-parts.ts';

/** How each kind of report is introduced; a claim says whose it is. */
function reportLabel(report: SiteReport): string {
  switch (report.kind) {
    case 'first':
      return 'First reported';
    case 'update':
      return 'Reported';
    case 'moved':
      return report.movedTo ? `Reported moving towards ${report.movedTo}` : 'Reported moving';
    case 'claim':
      return `Claimed by ${report.claimBy ?? 'a party to the conflict'} (not confirmed by others)`;
    case 'departure':
      return 'Reported departed';
    case 'background':
      return 'Background';
  }
}

export function reportItem(report: SiteReport, index: StoryIndex): HTMLElement {
  return h(
    'li',
    {className: `site-report site-report--${report.kind}`},
    h('p', {className: 'site-report__meta'}, h('strong', {}, `${reportLabel(report)}: `), time(report.date, displayDate(report))),
    h('p', {}, report.seen),
    citationList(report.sources, index.story.sources),
  );
}

export function distanceSection(site: Site, index: StoryIndex): HTMLElement | null {
  const computed = site.computedDistance;
  if (!computed && !site.reportedDistances.length) return null;
  const section = h(
    'section',
    {className: 'distances', attrs: {'aria-label': 'Distance to the border'}},
    h('h3', {}, 'Distance to Ukraine’s border'),
  );
  if (computed?.insideUkraine) {
    append(section, h('p', {}, 'Inside Ukraine’s internationally recognised border, in occupied Crimea.'));
  } else if (computed) {
    append(
      section,
      h(
        'p',
        {className: 'distances__computed'},
        h('strong', {}, formatKm(computed.km)),
        ' from the pin to the nearest point of Ukraine’s land border (computed on Natural Earth borders).',
      ),
    );
  }
  if (site.reportedDistances.length) {
    const list = h('ul', {className: 'distances__reported'});
    for (const distance of site.reportedDistances) {
      const source = index.story.sources[distance.source];
      append(
        list,
        h(
          'li',
          {},
          h('strong', {}, `${distance.qualifier ? `${distance.qualifier} ` : ''}${formatKm(distance.km)}`),
          ` — “${distance.text}”`,
          source ? h('span', {}, ' (', externalLink(source.url, source.publisher), ')') : null,
        ),
      );
    }
    append(section, h('p', {}, 'Distances the sources gave:'), list);
  }
  return section;
}

export function siteView(place: Place, site: Site, date: IsoDate, index: StoryIndex): HTMLElement[] {
  const status = sitesOnDate(index, date).find((s) => s.place.id === place.id)?.status;
  const upToDate = site.reports.filter((r) => !r.date || r.date <= date);
  const later = site.reports.filter((r) => r.date && r.date > date);
  const summary: string[] = [];
  if (site.firstReported) summary.push(`First reported ${formatDate(site.firstReported)}.`);
  if (site.departed)
    summary.push(`${site.departed <= date ? 'Reported departed' : 'Later reported departed'} ${formatDate(site.departed)}.`);
  if (!status && site.firstReported) summary.push(`Not yet reported on ${formatDate(date)}.`);
  return [
    h('p', {className: 'detail__where'}, whereLine(place)),
    place.doubt ? doubt(place.doubt) : null,
    summary.length ? h('p', {className: 'detail__status'}, summary.join(' ')) : null,
    site.strength
      ? h(
          'p',
          {},
          h('strong', {}, 'Largest reported figure: '),
          `${site.strength.text} (${formatNumber(site.strength.value)} ${site.strength.unit}, ${formatDate(site.strength.date)}).`,
        )
      : null,
    distanceSection(site, index),
    site.units?.length
      ? h(
          'section',
          {attrs: {'aria-label': 'Units named'}},
          h('h3', {}, 'Units named'),
          h('ul', {}, ...site.units.map((u) => h('li', {}, `${u.name} — according to ${u.attribution}`))),
        )
      : null,
    h(
      'section',
      {attrs: {'aria-label': 'Reports'}},
      h('h3', {}, `Reports up to ${formatDate(date)}`),
      upToDate.length ? h('ol', {className: 'site-reports'}, ...upToDate.map((r) => reportItem(r, index))) : h('p', {}, 'None yet.'),
    ),
    later.length
      ? h(
          'details',
          {className: 'later'},
          h('summary', {}, `${later.length} later report${later.length > 1 ? 's' : ''}`),
          h('ol', {className: 'site-reports'}, ...later.map((r) => reportItem(r, index))),
        )
      : null,
    positionNote(place, index),
  ].filter((node): node is HTMLElement => node !== null);
}
