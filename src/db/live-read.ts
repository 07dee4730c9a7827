import type { Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { TopupDatabase } from './database';
import { loadConnection } from './load-connection';

// What the views' live reads answer with. React compares an answer by reference, and a live read
// answers with new objects each time it runs, also after writes that change nothing it shows.
// Each such answer rendered the views again for nothing (on a first visit, a 25 ms render right
// after the first paint).

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
 * A read that start-up begins before the first render and the views then share: one query and
 * one subscription to Dexie's change tracking while any of them is on screen (the first view has
 * three readers of the lines and four of the settings). Start-up either hands it the answer it
 * read without Dexie (`seed`), which it keeps until Dexie's first answer, or awaits the live
 * read itself (`atStart`), kept open until the first view takes it over. Every answer goes
 * through keepSameAnswer, so a live answer that finds the data start-up read renders nothing
 * again.
 */
export function sharedLiveRead<T>(query: (database: TopupDatabase) => Promise<T>) {
  const same = keepSameAnswer<T>();
  let latest: { value: T } | { error: unknown } | undefined;
  /** The query being followed, from the moment it is asked for, before Dexie is even loaded. */
  let following: { subscription?: Subscription } | undefined;
  /** Start-up holds the read open until a reader comes, so that its answer stays live. */
  let heldForStart = false;
  const listeners = new Set<() => void>();

  function follow(): void {
    if (following) return;
    const current: { subscription?: Subscription } = {};
    following = current;
    loadConnection().then(
      ({ followQuery }) => {
        // Stopped while Dexie was on its way.
        if (following !== current) return;
        current.subscription = followQuery(async (database) => same(await query(database)), {
          next: (value) => answer({ value }),
          error: (error: unknown) => answer({ error }),
        });
      },
      (error: unknown) => answer({ error }),
    );
  }

  function answer(next: { value: T } | { error: unknown }): void {
    latest = next;
    for (const listener of listeners) listener();
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    heldForStart = false;
    follow();
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0 || heldForStart) return;
      // Nobody shows it: stop following changes, and forget what may go stale meanwhile.
      following?.subscription?.unsubscribe();
      following = undefined;
      latest = undefined;
    };
  }

  /** The latest answer; undefined while none has come. */
  function snapshot(): T | undefined {
    if (latest === undefined) return undefined;
    if ('error' in latest) throw latest.error;
    return latest.value;
  }

  /** Start-up's answer, read without Dexie: the first readers see it until Dexie answers. */
  function seed(value: T): T {
    latest ??= { value: same(value) };
    return snapshot() ?? value;
  }

  return {
    seed,
    /**
     * Start-up awaits this before the first render: given the answer it read without Dexie, that
     * answer, seeded; otherwise the live read's first answer.
     */
    atStart: (early?: T): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        if (early !== undefined) {
          resolve(seed(early));
          return;
        }
        heldForStart = true;
        const settle = (): boolean => {
          if (latest === undefined) return false;
          if ('error' in latest) reject(latest.error);
          else resolve(latest.value);
          return true;
        };
        follow();
        if (settle()) return;
        const first = () => {
          listeners.delete(first);
          settle();
        };
        listeners.add(first);
      }),
    subscribe,
    snapshot,
    /** The live answer for a component, undefined while loading; a failed read throws. */
    use: (): T | undefined => useSyncExternalStore(subscribe, snapshot),
  };
}
