import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './database';
import { createLine } from './lines';
import { sharedRead } from './live-read';
import { lineInput, resetDatabase } from '@/testing/db-fixtures';

beforeEach(resetDatabase);

const names = vi.fn(async () => (await db.lines.toArray()).map((line) => line.name).sort());

/** Resolves once `check` passes. */
const eventually = (check: () => void) => vi.waitFor(check);

describe('a shared live read', () => {
  beforeEach(() => names.mockClear());

  it('answers, and answers again after a write, one query for every reader of its key', async () => {
    await createLine(lineInput({ name: 'Mint' }));
    const first = sharedRead('names', names);
    const second = sharedRead('names', names);
    expect(second).toBe(first);
    const stops = [first.subscribe(() => {}), second.subscribe(() => {})];
    await eventually(() => expect(first.snapshot()).toEqual(['Mint']));
    expect(names).toHaveBeenCalledTimes(1);

    await createLine(lineInput({ name: 'Tello' }));
    await eventually(() => expect(second.snapshot()).toEqual(['Mint', 'Tello']));
    for (const stop of stops) stop();
  });

  it('stops following once nobody reads it, and starts afresh for the next reader', async () => {
    const read = sharedRead('names', names);
    const stop = read.subscribe(() => {});
    await eventually(() => expect(read.snapshot()).toEqual([]));
    stop();
    expect(read.snapshot()).toBeUndefined();
    await createLine(lineInput({ name: 'Ultra' }));
    expect(names).toHaveBeenCalledTimes(1);

    const next = sharedRead('names', names);
    expect(next).not.toBe(read);
    const stopNext = next.subscribe(() => {});
    await eventually(() => expect(next.snapshot()).toEqual(['Ultra']));
    stopNext();
  });

  it('throws a failed query to its reader', async () => {
    const read = sharedRead('broken', () => Promise.reject(new Error('storage failed')));
    const stop = read.subscribe(() => {});
    await eventually(() => expect(() => read.snapshot()).toThrow('storage failed'));
    stop();
  });
});
