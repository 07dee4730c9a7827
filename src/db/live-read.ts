// The one way a view reads the database: `useLiveRead(key, query)` runs the query, and runs it
// again whenever what it read changes, in this tab, another tab or the worker (Dexie's
// liveQuery). Components that pass the same key share one query and one subscription, so the
// key must name everything the query depends on (`line:${id}`, not `line`).
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';

type Answer<T> = { value: T } | { error: unknown };

type LiveRead<T> = {
  subscribe: (listener: () => void) => () => void;
  snapshot: () => T | undefined;
};

const reads = new Map<string, LiveRead<unknown>>();

function liveRead<T>(key: string, query: () => Promise<T>): LiveRead<T> {
  const listeners = new Set<() => void>();
  let latest: Answer<T> | undefined;
  let subscription: Subscription | undefined;

  function answer(next: Answer<T>) {
    // A query still running when the last reader left answers nobody.
    if (listeners.size === 0) return;
    latest = next;
    for (const listener of listeners) listener();
  }

  const read: LiveRead<T> = {
    subscribe(listener) {
      listeners.add(listener);
      reads.set(key, read);
      subscription ??= liveQuery(query).subscribe({
        next: (value) => answer({ value }),
        error: (error: unknown) => answer({ error }),
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        // Nobody shows it: stop following, and forget what would go stale meanwhile.
        subscription?.unsubscribe();
        subscription = undefined;
        latest = undefined;
        if (reads.get(key) === read) reads.delete(key);
      };
    },
    snapshot() {
      if (latest === undefined) return undefined;
      if ('error' in latest) throw latest.error;
      return latest.value;
    },
  };
  return read;
}

/**
 * The live answer of `query`, shared by every component that asks with the same `key`; undefined
 * until the first answer. A failed read throws, for the nearest error boundary.
 */
export function useLiveRead<T>(key: string, query: () => Promise<T>): T | undefined {
  const read = sharedRead(key, query);
  return useSyncExternalStore(read.subscribe, read.snapshot);
}

/** The read of `key`: the one its readers share, or a new one running `query`. */
export function sharedRead<T>(key: string, query: () => Promise<T>): LiveRead<T> {
  const shared = reads.get(key) as LiveRead<T> | undefined;
  if (shared) return shared;
  const read = liveRead(key, query);
  reads.set(key, read);
  return read;
}
