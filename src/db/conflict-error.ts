/**
 * Thrown when a save is based on a row that changed since it was read (another tab, the worker,
 * an import). The user is told and can review, instead of one edit silently overwriting another.
 */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** Thrown when the row an action is about is gone (not "NotFoundError": Dexie rewraps that name). */
export class MissingRowError extends Error {
  override name = 'MissingRowError';
}
