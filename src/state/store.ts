/**
 * The single source of truth for what the page shows. Views subscribe and render from it; they
 * never talk to each other. Deliberately tiny: a state object, a patch function, listeners.
 */
export interface Store<S extends object> {
  getState(): Readonly<S>;
  /** Merges the patch into the state and notifies listeners, unless nothing changed. */
  setState(patch: Partial<S>): void;
  /** Calls the listener after every change; returns the function that unsubscribes it. */
  subscribe(listener: (state: Readonly<S>, previous: Readonly<S>) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: Readonly<S>, previous: Readonly<S>) => void>();
  return {
    getState: () => state,
    setState(patch) {
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(patch[key], state[key]));
      if (!changed) return;
      const previous = state;
      state = {...state, ...patch};
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
