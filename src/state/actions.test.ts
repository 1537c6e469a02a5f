import {describe, expect, it} from 'vitest';
import {createActions} from './actions.ts';
import {DEFAULT_STATE, type AppState} from './app-state.ts';
import {createStore} from './store.ts';
import {createStoryIndex} from './story-index.ts';
import {testStory} from './test-story.ts';

const index = createStoryIndex(testStory());

function setUp(initial: Partial<AppState> = {}) {
  const store = createStore<AppState>({...DEFAULT_STATE, ...initial});
  return {store, actions: createActions(store, index)};
}

describe('actions', () => {
  it('go to a day, selecting its first event, or none on a day without', () => {
    const {store, actions} = setUp();
    actions.goToDate('2022-01-10');
    expect(store.getState()).toMatchObject({date: '2022-01-10', eventId: 'rome-meeting'});
    actions.goToDate('2022-01-11');
    expect(store.getState()).toMatchObject({date: '2022-01-11', eventId: null});
  });

  it('keep an open place open when the day changes', () => {
    const {store, actions} = setUp({placeId: 'vienna'});
    actions.goToDate('2022-01-11');
    expect(store.getState().placeId).toBe('vienna');
  });

  it('select an event: its date, no open place, and a camera request for its places', () => {
    const {store, actions} = setUp({placeId: 'vienna'});
    actions.selectEvent('rome-meeting');
    const state = store.getState();
    expect(state).toMatchObject({date: '2022-01-10', eventId: 'rome-meeting', placeId: null});
    expect(state.camera).toEqual({placeIds: ['villa']});
  });

  it('ask for the camera again when the same event is chosen again', () => {
    const {store, actions} = setUp();
    actions.selectEvent('osce');
    const first = store.getState().camera;
    actions.selectEvent('osce');
    expect(store.getState().camera).not.toBe(first);
    expect(store.getState().camera).toEqual(first);
  });

  it('keep the frame still when playback selects an event', () => {
    const {store, actions} = setUp();
    actions.selectEvent('osce');
    const asked = store.getState().camera;
    actions.selectEvent('osce-again', false);
    expect(store.getState()).toMatchObject({eventId: 'osce-again', camera: asked});
  });

  it('ignore an event or a place that does not exist', () => {
    const {store, actions} = setUp();
    const before = store.getState();
    actions.selectEvent('nope');
    actions.selectPlace('nope');
    expect(store.getState()).toBe(before);
  });

  it('open a place on its latest event by the day shown, without moving the camera', () => {
    const {store, actions} = setUp({date: '2022-02-20'});
    actions.selectPlace('vienna');
    expect(store.getState()).toMatchObject({placeId: 'vienna', eventId: 'osce-again', date: '2022-02-18', camera: null});
  });

  it('step to the neighbouring events; presenting, a day with events starts with its own', () => {
    const {store, actions} = setUp({date: '2022-01-13', eventId: null});
    actions.stepEvent(1);
    expect(store.getState().eventId).toBe('osce-again');
    actions.stepEvent(-1);
    expect(store.getState().eventId).toBe('osce');

    const presenting = setUp({date: '2022-01-13', eventId: null});
    presenting.actions.stepEvent(1, true);
    expect(presenting.store.getState().eventId).toBe('osce');
  });

  it('close the details back to the day', () => {
    const {store, actions} = setUp({date: '2022-01-13', eventId: 'osce', placeId: 'vienna'});
    actions.closeDetails();
    expect(store.getState()).toMatchObject({date: '2022-01-13', eventId: null, placeId: null});
  });

  it('set what is pointed at only when it changes', () => {
    const {store, actions} = setUp();
    let changes = 0;
    store.subscribe(() => changes++);
    actions.setHover({eventId: 'osce'});
    actions.setHover({eventId: 'osce'});
    actions.setHover(null);
    expect(changes).toBe(2);
  });

  it('walk the guided tour: each step selects its event; out of range does nothing', () => {
    const {store, actions} = setUp();
    actions.goToTourStep(1);
    expect(store.getState()).toMatchObject({tourStep: 1, eventId: 'osce', date: '2022-01-13', camera: {home: true}});
    actions.goToTourStep(3);
    expect(store.getState().tourStep).toBe(1);
    actions.endTour();
    expect(store.getState()).toMatchObject({tourStep: null, eventId: 'osce'});
  });

  it('turn the presentation layout on and off', () => {
    const {store, actions} = setUp();
    actions.setPresent(true);
    expect(store.getState().present).toBe(true);
    actions.setPresent(false);
    expect(store.getState().present).toBe(false);
  });
});
