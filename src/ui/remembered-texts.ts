// The dates and amounts the app has written, remembered from one start to the next. The page's
// first date or currency formatter costs 40–50 ms here, more on a phone: V8 first lists every
// locale its formatting data covers, once in each process. A start would spend that before its
// first screen only to write the due dates and prices it wrote last time; with their texts
// remembered, it makes no formatter at all.
//
// Only a cache, in localStorage because the start reads it before anything else is loaded: a key
// holds everything its text is made from, and the texts are dropped when the browser's version
// changes (its formatting data may change with it). Losing them costs that time once, never a
// wrong text.

import { REMEMBERED_TEXTS_KEY } from './remembered-texts-key';

declare global {
  /** What the early script read of the remembered texts (see app/start-early.ts). */
  var topupEarlyTexts: string | null | undefined;
}

/** Enough for every screen's dates and amounts; the least recently shown go first. */
export const MOST_TEXTS = 500;

interface Stored {
  browser: string;
  texts: [string, string][];
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const { browser, texts } = value as Partial<Stored>;
  return (
    typeof browser === 'string' &&
    Array.isArray(texts) &&
    texts.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'string',
    )
  );
}

export interface TextMemory {
  /** The text remembered for key, or make()'s, which is then remembered. */
  text(key: string, make: () => string): string;
}

/** Where a memory reads and writes what it remembers: one string, or null for nothing yet. */
export interface TextStore {
  read(): string | null;
  write(stored: string): void;
}

/**
 * A memory kept in store for this browser version. A new text is saved in a task of its own
 * after the render that made it (schedule), so that a start that closes right after its first
 * screen still leaves it saved. Where the store fails (storage refused, or full), texts are made
 * every time.
 */
export function textMemory(
  store: TextStore,
  browser: string,
  schedule: (work: () => void) => void,
): TextMemory {
  let texts: Map<string, string> | undefined;
  let saving = false;

  function load(): Map<string, string> {
    if (texts) return texts;
    texts = new Map();
    try {
      const raw = store.read();
      const stored: unknown = raw ? JSON.parse(raw) : undefined;
      if (isStored(stored) && stored.browser === browser) texts = new Map(stored.texts);
    } catch {
      // Unreadable (storage refused, or not this format): start afresh.
    }
    return texts;
  }

  function save() {
    saving = false;
    const stored: Stored = { browser, texts: [...load()] };
    try {
      store.write(JSON.stringify(stored));
    } catch {
      // Full or refused: the texts are made again next time.
    }
  }

  return {
    text(key, make) {
      const known = load();
      const remembered = known.get(key);
      // Shown again: it moves to the end, the last to be dropped.
      known.delete(key);
      if (remembered !== undefined) {
        known.set(key, remembered);
        return remembered;
      }
      const made = make();
      known.set(key, made);
      for (const oldest of known.keys()) {
        if (known.size <= MOST_TEXTS) break;
        known.delete(oldest);
      }
      if (!saving) {
        saving = true;
        schedule(save);
      }
      return made;
    },
  };
}

/** localStorage, where the early script's read stands for the first one. */
const localStore: TextStore = {
  read() {
    const early = globalThis.topupEarlyTexts;
    globalThis.topupEarlyTexts = undefined;
    return early !== undefined ? early : localStorage.getItem(REMEMBERED_TEXTS_KEY);
  },
  write(stored) {
    localStorage.setItem(REMEMBERED_TEXTS_KEY, stored);
  },
};

const memory = textMemory(localStore, globalThis.navigator?.userAgent ?? '', (work) => {
  setTimeout(work, 0);
});

/** The text remembered for key, or make()'s, remembered from now on (see above). */
export function rememberedText(key: string, make: () => string): string {
  return memory.text(key, make);
}
