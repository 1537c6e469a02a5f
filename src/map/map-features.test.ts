import {describe, expect, it} from 'vitest';
import {datedMapContent, dayOf, NEVER, placeTargetsOnDate, siteStatusOnDay, staticMapContent} from './map-features.ts';
import {createStoryIndex} from '../state/story-index.ts';
import {sitesOnDate} from '../state/selectors.ts';
import {testStory} from '../state/test-story.ts';

const index = createStoryIndex(testStory());

describe('placeTargetsOnDate', () => {
  it('names each place for screen readers by what happened there', () => {
    const labels = Object.fromEntries(placeTargetsOnDate(index, '2022-02-20').map((t) => [t.id, t.label]));
    expect(labels.vienna).toBe('Vienna (Joint session): osce-again, 18 February 2022; osce, 13 January 2022');
    expect(labels.villa).toBe('Rome (Villa Madama): rome-meeting, 10 January 2022');
    expect(labels.yelnya).toBe(
      'Yelnya: troops reported from 1 November 2021; 700 vehicles, by the end of 2021; reported departed 6 February 2022',
    );
    expect(labels.boguchar).toBe('Boguchar: named in some coverage, unverified for this period');
  });

  it('orders the keyboard targets: meeting places west to east, then sites north to south', () => {
    expect(placeTargetsOnDate(index, '2022-01-13').map((t) => t.id)).toEqual(['villa', 'vienna', 'yelnya', 'soloti', 'boguchar']);
  });
});

describe('staticMapContent', () => {
  const sites = Object.fromEntries(staticMapContent(index).sites.features.map((f) => [f.properties.id, f.properties]));

  it('gives each site the days it appears, leaves and grows', () => {
    expect(sites.yelnya).toMatchObject({
      firstDay: 0,
      departedDay: dayOf(index, '2022-02-06'),
      strengthDay: dayOf(index, '2021-12-31'),
      detail: '700 vehicles, by the end of 2021',
      strengthUntilDay: dayOf(index, '2022-02-06'),
      reportDays: [0, dayOf(index, '2021-12-31'), dayOf(index, '2022-02-06')],
    });
    expect(sites.soloti).toMatchObject({departedDay: NEVER, strengthDay: NEVER, strengthUntilDay: NEVER, detail: ''});
    expect(sites.nowhere).toBeUndefined();
  });

  it('agrees with the selectors on every day about which sites show and how', () => {
    for (let day = -1; day <= dayOf(index, '2022-02-24'); day++) {
      const date = new Date(Date.UTC(2021, 10, 1 + day)).toISOString().slice(0, 10);
      const fromSelectors = Object.fromEntries(sitesOnDate(index, date).map((s) => [s.place.id, s.status]));
      const fromFeatures = Object.fromEntries(
        Object.values(sites)
          .map((p) => [p.id, siteStatusOnDay(p, day)] as const)
          .filter(([, status]) => status !== null),
      );
      expect(fromFeatures, date).toEqual(fromSelectors);
    }
  });
});

describe('datedMapContent', () => {
  it('changes its key only when the meeting places or cities change', () => {
    expect(datedMapContent(index, '2022-01-11').key).toBe(datedMapContent(index, '2022-01-12').key);
    expect(datedMapContent(index, '2022-01-12').key).not.toBe(datedMapContent(index, '2022-01-13').key);
  });

  it('marks the meeting place of the day', () => {
    const venues = datedMapContent(index, '2022-01-13').venues.features.map((f) => [
      f.properties.id,
      f.properties.today,
      f.properties.venue,
    ]);
    expect(venues).toEqual([
      ['villa', 0, 'Villa Madama'],
      ['vienna', 1, 'OSCE Permanent Council'],
    ]);
  });
});
