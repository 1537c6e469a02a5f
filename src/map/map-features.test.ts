import {describe, expect, it} from 'vitest';
import {mapFeaturesOnDate, siteRadius, SITE_BASE_RADIUS} from './map-features.ts';
import {createStoryIndex} from '../state/story-index.ts';
import {sitesOnDate} from '../state/selectors.ts';
import {testStory} from '../state/test-story.ts';

const index = createStoryIndex(testStory());

describe('mapFeaturesOnDate', () => {
  it('names each place for screen readers by what happened there', () => {
    const {targets} = mapFeaturesOnDate(index, '2022-02-20');
    const labels = Object.fromEntries(targets.map((t) => [t.id, t.label]));
    expect(labels.vienna).toBe('Vienna (Joint session): osce-again, 18 February 2022; osce, 13 January 2022');
    expect(labels.villa).toBe('Rome (Villa Madama): rome-meeting, 10 January 2022');
    expect(labels.yelnya).toBe(
      'Yelnya: troops reported from 1 November 2021; 700 vehicles, by the end of 2021; reported departed 6 February 2022',
    );
    expect(labels.boguchar).toBe('Boguchar: named in some coverage, unverified for this period');
  });

  it('orders the keyboard targets: meeting places west to east, then sites north to south', () => {
    expect(mapFeaturesOnDate(index, '2022-01-13').targets.map((t) => t.id)).toEqual(['villa', 'vienna', 'yelnya', 'soloti', 'boguchar']);
  });

  it('writes the strength figure and its date on the label', () => {
    const yelnya = mapFeaturesOnDate(index, '2022-01-13').features.sites.features.find((f) => f.properties.id === 'yelnya');
    expect(yelnya?.properties).toMatchObject({status: 'active', detail: '700 vehicles, by the end of 2021'});
  });
});

describe('siteRadius', () => {
  it('grows with the number of vehicles and stays at the base size without a count', () => {
    const [yelnya, soloti] = ['yelnya', 'soloti'].map((id) => sitesOnDate(index, '2022-01-13').find((s) => s.place.id === id)!);
    expect(siteRadius(soloti!)).toBe(SITE_BASE_RADIUS);
    expect(siteRadius(yelnya!)).toBeCloseTo(SITE_BASE_RADIUS + 0.35 * Math.sqrt(700), 1);
  });
});
