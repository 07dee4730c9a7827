// Dexie is a quarter of the script a start would otherwise parse before its first render, and
// the first view does not need it to render: start-up reads its rows with the bare API (see
// read-early.ts). So Dexie, the schema and the live reads' side of it come in a chunk of their
// own, loaded when a live read first follows its query or anything else first needs them.
import type * as ConnectionModule from './connection';

export type Connection = typeof ConnectionModule;

let loading: Promise<Connection> | undefined;
let loaded: Connection | undefined;
const waiting: ((connection: Connection) => void)[] = [];

/** Loads the connection, once. */
export function loadConnection(): Promise<Connection> {
  loading ??= import('./connection').then((connection) => {
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
