import {describe, expect, it, vi} from 'vitest';
import {createStore} from './store.ts';

describe('createStore', () => {
  it('merges patches and tells listeners the new and previous state', () => {
    const store = createStore({date: '2022-01-13', placeId: null as string | null});
    const listener = vi.fn();
    store.subscribe(listener);
    store.setState({placeId: 'vienna'});
    expect(store.getState()).toEqual({date: '2022-01-13', placeId: 'vienna'});
    expect(listener).toHaveBeenCalledWith({date: '2022-01-13', placeId: 'vienna'}, {date: '2022-01-13', placeId: null});
  });

  it('does not notify when nothing changed, nor after unsubscribing', () => {
    const store = createStore({date: '2022-01-13'});
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setState({date: '2022-01-13'});
    unsubscribe();
    store.setState({date: '2022-01-14'});
    expect(listener).not.toHaveBeenCalled();
  });
});
