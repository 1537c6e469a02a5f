import {describe, expect, it} from 'vitest';
import {createStoryIndex} from '../state/story-index.ts';
import {testStory} from '../state/test-story.ts';
import {nearestMark, timelineLayout, TRACK} from './timeline-layout.ts';

const story = testStory();
// A second talks event on the same day as the first: it sits beside it, not on it.
story.events.splice(2, 0, {...story.events[1]!, id: 'rome-again', talksWeek: undefined});
const index = createStoryIndex(story);

describe('timelineLayout', () => {
  const layout = timelineLayout(index, 1000);

  it('turns days into pixels and pixels back into the same days', () => {
    for (const date of ['2021-11-01', '2022-01-13', '2022-02-24']) expect(layout.dateAt(layout.dayX(date))).toBe(date);
    expect(layout.dayX('2021-11-02')).toBeGreaterThan(layout.dayX('2021-11-01'));
    expect(layout.dateAt(-100)).toBe('2021-11-01');
    expect(layout.dateAt(5000)).toBe('2022-02-24');
  });

  it('puts each event in its kind’s row, same-day events of a kind side by side, sorted by x', () => {
    const rome = layout.markById.get('rome-meeting')!;
    const again = layout.markById.get('rome-again')!;
    expect(rome.y).toBe(TRACK.firstRow);
    expect(again.y).toBe(rome.y);
    expect(again.x).toBeGreaterThan(rome.x);
    const xs = layout.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('spans the week of talks from its first event’s day to the end of its last', () => {
    expect(layout.week).toEqual({
      x0: layout.x(new Date('2022-01-10T00:00:00Z')),
      x1: layout.x(new Date('2022-01-14T00:00:00Z')),
      days: [
        {date: '2022-01-10', x: layout.dayX('2022-01-10')},
        {date: '2022-01-13', x: layout.dayX('2022-01-13')},
      ],
    });
  });

  it('leaves room for row labels only on a wide track', () => {
    expect(layout.narrow).toBe(false);
    expect(timelineLayout(index, 400).narrow).toBe(true);
    expect(timelineLayout(index, 400).x.range()[0]).toBeLessThan(layout.x.range()[0]);
  });

  it('finds the mark under a pointer, within reach only', () => {
    const osce = layout.markById.get('osce')!;
    expect(nearestMark(layout, osce.x + 3, osce.y - 3)?.event.id).toBe('osce');
    expect(nearestMark(layout, osce.x, osce.y + 30)).toBeUndefined();
  });
});
