// A small seeded generator (mulberry32), so that one number replays a whole soak exactly.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the entries, each as likely as its weight; entries of weight 0 never come. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Nothing to pick from');
      return items[int(0, items.length - 1)] as T;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      if (total <= 0) throw new RangeError('Every weight is 0');
      let left = next() * total;
      for (const [value, weight] of entries) {
        if (weight <= 0) continue;
        left -= weight;
        if (left < 0) return value;
      }
      const last = entries.filter(([, weight]) => weight > 0).at(-1);
      return (last as readonly [T, number])[0];
    },
  };
}

/** The seed from SOAK_SEED, or a fresh one when it is not set. */
export function soakSeed(text = process.env.SOAK_SEED): number {
  if (text === undefined || text.trim() === '') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(text);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new RangeError(`SOAK_SEED must be a whole number from 0 to ${2 ** 32 - 1}, not ${text}`);
  }
  return seed;
}

/**
 * The number of operations from SOAK_STEPS; when it is not set, 300: enough for every kind of
 * operation to come up, and short enough for `npm test` (`npm run soak` sets 2,000).
 */
export function soakSteps(text = process.env.SOAK_STEPS): number {
  if (text === undefined || text.trim() === '') return 300;
  const steps = Number(text);
  if (!Number.isInteger(steps) || steps < 1) {
    throw new RangeError(`SOAK_STEPS must be a whole number of at least 1, not ${text}`);
  }
  return steps;
}
