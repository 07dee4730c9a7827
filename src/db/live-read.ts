import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';

// What the views' live reads answer with. React compares an answer by reference, and a live read
// answers with new objects each time it runs: after start-up's own read, and after writes that
// change nothing it shows. Each such answer rendered the views again for nothing (on a first
// visit, a 25 ms render right after the first paint).

/**
 * Returns a function that passes a live read's answers on, but hands back the previous answer
 * itself while the data is the same.
 */
export function keepSameAnswer<T>(): (fresh: T) => T {
  let last: { value: T; json: string } | undefined;
  return (fresh) => {
    const json = JSON.stringify(fresh);
    if (last?.json === json) return last.value;
    last = { value: fresh, json };
    return fresh;
  };
}

/**
 * A read that start-up makes once for the first render and the views then keep live, shared by
 * every component that shows it: one query and one subscription to Dexie's change tracking while
 * any of them is on screen (the first view has three readers of the lines and four of the
 * settings, and each ran its own query right after the first paint). The start-up answer stands
 * until the live read first answers, so that the first render already shows the data instead of
 * an empty view that waits a frame, and never stands for a later state; every answer goes through
 * keepSameAnswer, so a read that finds the same data renders nothing again.
 */
export function sharedLiveRead<T>(read: () => Promise<T>) {
  const same = keepSameAnswer<T>();
  let startAnswer: T | undefined;
  let latest: { value: T } | { error: unknown } | undefined;
  let subscription: Subscription | undefined;
  const listeners = new Set<() => void>();

  function answer(next: { value: T } | { error: unknown }): void {
    latest = next;
    startAnswer = undefined;
    for (const listener of listeners) listener();
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    subscription ??= liveQuery(async () => same(await read())).subscribe({
      next: (value) => answer({ value }),
      error: (error: unknown) => answer({ error }),
    });
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      // Nobody shows it: stop following changes, and forget what may go stale meanwhile.
      subscription?.unsubscribe();
      subscription = undefined;
      latest = undefined;
    };
  }

  /** The latest answer, start-up's before the first; undefined while none has come. */
  function snapshot(): T | undefined {
    if (latest === undefined) return startAnswer;
    if ('error' in latest) throw latest.error;
    return latest.value;
  }

  return {
    /** Start-up awaits this before the first render. */
    atStart: async (): Promise<T> => {
      startAnswer = same(await read());
      return startAnswer;
    },
    subscribe,
    snapshot,
    /** The live answer for a component, undefined while loading; a failed read throws. */
    use: (): T | undefined => useSyncExternalStore(subscribe, snapshot),
  };
}
