// Dexie is a quarter of the script a start would otherwise parse before its first render, and
// the first view does not need it to render: start-up reads its rows with the bare API (see
// read-early.ts). So Dexie, the schema and the live reads' side of it come in a chunk of their
// own, loaded when a live read first follows its query (not before what start-up holds it for: the
// page's first idle moment, or on a first visit the person's first action, see app/boot.tsx), when
// a write first imports it, or when start-up must open the database with Dexie itself.
import type * as ConnectionModule from './connection';

export type Connection = typeof ConnectionModule;

let loading: Promise<Connection> | undefined;
let held: Promise<unknown> = Promise.resolve();
let loaded: Connection | undefined;
const waiting: ((connection: Connection) => void)[] = [];

/**
 * Has the connection, unless it is already on its way, wait for `ready` before it loads. Start-up
 * holds it until the page is first idle after rendering from the rows it read (on a first visit,
 * until the person's first action: see app/boot.tsx): asked for by the views' live reads as they
 * mounted, Dexie's chunk was requested before the first paint, which Lighthouse then counted into
 * the time of the largest paint (median 97 against 98).
 */
export function holdConnectionUntil(ready: Promise<unknown>): void {
  held = ready;
}

/** Loads the connection, once. */
export function loadConnection(): Promise<Connection> {
  loading ??= held
    .then(() => import('./connection'))
    .then((connection) => {
      loaded = connection;
      for (const callback of waiting.splice(0)) callback(connection);
      return connection;
    });
  return loading;
}

/**
 * Calls `callback` once the connection has been loaded, before anyone who asked for it is
 * answered, without loading it any sooner.
 */
export function whenConnected(callback: (connection: Connection) => void): void {
  if (loaded) callback(loaded);
  else waiting.push(callback);
}
