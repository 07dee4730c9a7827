// The receipt files a person has chosen for a top-up. Each one is prepared (checked by its bytes,
// a large photo shrunk) before it can be stored, which takes seconds for a camera photo on a
// phone; people press Save long before that. So the files live here rather than in the form's
// state: `ready()` waits for every file still being prepared, and Save stores what it returns.
import { useState, useSyncExternalStore } from 'react';
import { type PreparedFile, prepareReceiptFile } from './prepare-receipt-file';
import type { ReceiptFile } from './receipt-thumbnails';

export type ChosenReceipt =
  | { id: number; name: string; status: 'preparing' }
  | { id: number; name: string; status: 'ready'; file: ReceiptFile };

/** A file left out, and why: not a receipt type, too large, or not readable at all. */
export type RefusedReceipt = { name: string; problem: 'type' | 'size' | 'unreadable' };

export type ChosenReceiptsState = {
  chosen: readonly ChosenReceipt[];
  /** Files refused since the last choice; each is named to the person. */
  refused: readonly RefusedReceipt[];
};

export type ChosenReceipts = {
  subscribe: (listener: () => void) => () => void;
  state: () => ChosenReceiptsState;
  add: (files: readonly File[]) => void;
  remove: (id: number) => void;
  /**
   * Resolves once no file is being prepared, with the files ready to store in chosen order, and
   * whether any file was refused meanwhile (the person has not seen that yet).
   */
  ready: () => Promise<{ files: ReceiptFile[]; refusedWhileWaiting: boolean }>;
};

export function chosenReceipts(
  prepare: (file: File) => Promise<PreparedFile> = prepareReceiptFile,
): ChosenReceipts {
  let state: ChosenReceiptsState = { chosen: [], refused: [] };
  const listeners = new Set<() => void>();
  const inFlight = new Set<Promise<void>>();
  let nextId = 0;
  let refusals = 0;

  function update(next: ChosenReceiptsState) {
    state = next;
    for (const listener of listeners) listener();
  }

  /** Replaces the placeholder of `id` with its outcome; a file removed meanwhile stays removed. */
  function settle(id: number, name: string, outcome: PreparedFile | null) {
    if (!state.chosen.some((entry) => entry.id === id)) return;
    if (outcome?.ok) {
      const file = { name: outcome.name, type: outcome.type, blob: outcome.blob };
      update({
        ...state,
        chosen: state.chosen.map((entry) =>
          entry.id === id ? { id, name: file.name, status: 'ready', file } : entry,
        ),
      });
    } else {
      refusals++;
      update({
        chosen: state.chosen.filter((entry) => entry.id !== id),
        refused: [...state.refused, { name, problem: outcome?.problem ?? 'unreadable' }],
      });
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    state: () => state,
    add(files) {
      const added = files.map((file) => ({
        file,
        entry: { id: nextId++, name: file.name, status: 'preparing' as const },
      }));
      update({ chosen: [...state.chosen, ...added.map(({ entry }) => entry)], refused: [] });
      for (const { file, entry } of added) {
        const job = prepare(file)
          .catch((cause: unknown) => {
            console.error(cause);
            return null;
          })
          .then((outcome) => settle(entry.id, entry.name, outcome))
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
    },
    remove(id) {
      update({ ...state, chosen: state.chosen.filter((entry) => entry.id !== id) });
    },
    async ready() {
      const refusalsBefore = refusals;
      // A file chosen while waiting joins the wait.
      while (inFlight.size > 0) await Promise.all(inFlight);
      return {
        files: state.chosen.flatMap((entry) => (entry.status === 'ready' ? [entry.file] : [])),
        refusedWhileWaiting: refusals !== refusalsBefore,
      };
    },
  };
}

/** One list of chosen receipts for the life of a form, starting with `initial` (a share). */
export function useChosenReceipts(initial: readonly File[] = []): {
  receipts: ChosenReceipts;
  state: ChosenReceiptsState;
} {
  const [receipts] = useState(() => {
    const list = chosenReceipts();
    if (initial.length > 0) list.add(initial);
    return list;
  });
  const state = useSyncExternalStore(receipts.subscribe, receipts.state);
  return { receipts, state };
}
