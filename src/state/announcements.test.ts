import {describe, expect, it} from 'vitest';
import {announcement} from './announcements.ts';
import {DEFAULT_STATE, type AppState} from './app-state.ts';
import {createStoryIndex} from './story-index.ts';
import {testStory} from './test-story.ts';

const index = createStoryIndex(testStory());
const state = (patch: Partial<AppState>): AppState => ({...DEFAULT_STATE, ...patch});

describe('announcement', () => {
  it('reads the event reached', () => {
    expect(announcement(index, state({eventId: 'osce', date: '2022-01-13'}), state({}))).toBe('13 January 2022: osce');
  });

  it('reads the tour’s text, not the event, when a step is told', () => {
    expect(announcement(index, state({eventId: 'osce', tourStep: 1}), state({}))).toBe('Step 2 of 3. The last session.');
  });

  it('says nothing when neither the event nor the step changed', () => {
    expect(announcement(index, state({eventId: 'osce', hover: {placeId: 'vienna'}}), state({eventId: 'osce'}))).toBeNull();
    expect(announcement(index, state({date: '2022-01-12'}), state({}))).toBeNull();
  });
});
