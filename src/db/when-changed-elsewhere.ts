// Dexie tells the other pages and workers of the origin about every write to the database on a
// broadcast channel. A page that has not loaded Dexie yet listens to that channel itself, to
// load it when another tab has changed the database: its first view then follows the change.
// when-changed-elsewhere.test.ts checks that Dexie still uses this channel.
const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';

/** Runs `work` once, when Dexie elsewhere writes to the database; the function returned stops. */
export function whenChangedElsewhere(work: () => void): () => void {
  // Without broadcast channels (Safari before 15.4) Dexie has none either: nothing to hear.
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
  channel.onmessage = () => {
    channel.close();
    work();
  };
  return () => channel.close();
}
