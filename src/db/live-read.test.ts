import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TopupDatabase } from './database';
import { createLine } from './lines';
import { keepSameAnswer, sharedLiveRead } from './live-read';
import { loadConnection } from './load-connection';
import { lineInput, resetDatabase } from './test-fixtures';

describe('keepSameAnswer', () => {
  it('hands back the first object while the data stays the same', () => {
    const same = keepSameAnswer<{ id: string; name: string }[]>();
    const first = [{ id: 'a', name: 'Mint' }];
    expect(same(first)).toBe(first);
    expect(same([{ id: 'a', name: 'Mint' }])).toBe(first);
  });

  it('passes a changed answer on, and keeps that one from then on', () => {
    const same = keepSameAnswer<{ name: string }[]>();
    same([{ name: 'Mint' }]);
    const renamed = [{ name: 'Tello' }];
    expect(same(renamed)).toBe(renamed);
    expect(same([{ name: 'Tello' }])).toBe(renamed);
    const empty: { name: string }[] = [];
    expect(same(empty)).toBe(empty);
  });

  it('keeps each read apart', () => {
    const one = keepSameAnswer<number[]>();
    const other = keepSameAnswer<number[]>();
    const answer = [1];
    one(answer);
    expect(other([1])).not.toBe(answer);
  });
});

describe('sharedLiveRead', () => {
  beforeEach(resetDatabase);

  /** A live read of the lines' names that counts its queries. */
  function namesRead() {
    const queries = vi.fn(async (database: TopupDatabase) =>
      (await database.lines.toArray()).map((line) => line.name),
    );
    return { queries, read: sharedLiveRead(queries) };
  }

  /** Resolves once the listener has been called `count` times in all. */
  function calls(listener: ReturnType<typeof vi.fn>, count: number) {
    return vi.waitFor(() => expect(listener.mock.calls.length).toBeGreaterThanOrEqual(count));
  }

  it("is start-up's read too: one query for start-up and the readers that follow", async () => {
    await createLine(lineInput({ name: 'Mint' }));
    const { queries, read } = namesRead();
    expect(read.snapshot()).toBeUndefined();
    const atStart = await read.atStart();
    expect(atStart).toEqual(['Mint']);
    expect(read.snapshot()).toBe(atStart);
    const listener = vi.fn();
    const stop = read.subscribe(listener);
    expect(read.snapshot()).toBe(atStart);
    expect(await read.atStart()).toBe(atStart);
    expect(queries).toHaveBeenCalledTimes(1);

    await createLine(lineInput({ name: 'Tello' }));
    await calls(listener, 1);
    expect(read.snapshot()?.toSorted()).toEqual(['Mint', 'Tello']);
    stop();
  });

  it('keeps following changes between start-up and the first reader', async () => {
    const { queries, read } = namesRead();
    expect(await read.atStart()).toEqual([]);
    await createLine(lineInput({ name: 'Ultra' }));
    await vi.waitFor(() => expect(read.snapshot()).toEqual(['Ultra']));
    expect(queries).toHaveBeenCalledTimes(2);
  });

  it("rejects start-up's read with the error the query met", async () => {
    const failure = new Error('storage gone');
    const read = sharedLiveRead<string[]>(() => Promise.reject(failure));
    await expect(read.atStart()).rejects.toBe(failure);
  });

  it('runs one query for every reader, and answers each change to all of them', async () => {
    const { queries, read } = namesRead();
    const first = vi.fn();
    const second = vi.fn();
    const stops = [read.subscribe(first), read.subscribe(second)];
    await calls(first, 1);
    await calls(second, 1);
    expect(queries).toHaveBeenCalledTimes(1);
    expect(read.snapshot()).toEqual([]);

    await createLine(lineInput({ name: 'Tello' }));
    await calls(first, 2);
    await calls(second, 2);
    expect(queries).toHaveBeenCalledTimes(2);
    expect(read.snapshot()).toEqual(['Tello']);
    for (const stop of stops) stop();
  });

  it('stops following changes when its last reader leaves, and forgets what could go stale', async () => {
    const { queries, read } = namesRead();
    const listener = vi.fn();
    const stop = read.subscribe(listener);
    await calls(listener, 1);
    stop();
    await createLine(lineInput({ name: 'Ultra' }));
    expect(queries).toHaveBeenCalledTimes(1);
    expect(read.snapshot()).toBeUndefined();

    const again = vi.fn();
    const stopAgain = read.subscribe(again);
    await calls(again, 1);
    expect(read.snapshot()).toEqual(['Ultra']);
    stopAgain();
  });

  it("shows start-up's answer until the live read's, which keeps it when it finds the same", async () => {
    await createLine(lineInput({ name: 'Mint' }));
    const { queries, read } = namesRead();
    const seeded = ['Mint'];
    read.seed(seeded);
    expect(read.snapshot()).toBe(seeded);
    // Nothing is queried, nor Dexie loaded, until a reader comes.
    await Promise.resolve();
    expect(queries).not.toHaveBeenCalled();

    const listener = vi.fn();
    const stop = read.subscribe(listener);
    expect(read.snapshot()).toBe(seeded);
    await calls(listener, 1);
    expect(queries).toHaveBeenCalledTimes(1);
    expect(read.snapshot()).toBe(seeded);

    await createLine(lineInput({ name: 'Tello' }));
    await calls(listener, 2);
    expect(read.snapshot()?.toSorted()).toEqual(['Mint', 'Tello']);
    stop();
  });

  it("replaces start-up's answer when the live read finds other data", async () => {
    await createLine(lineInput({ name: 'Ultra' }));
    const { read } = namesRead();
    read.seed([]);
    const listener = vi.fn();
    const stop = read.subscribe(listener);
    await calls(listener, 1);
    expect(read.snapshot()).toEqual(['Ultra']);
    stop();
  });

  it('takes no seed over an answer it already has', async () => {
    const { read } = namesRead();
    const atStart = await read.atStart();
    read.seed(['stale']);
    expect(read.snapshot()).toBe(atStart);
  });

  it('follows nothing for a reader who leaves before the query has started', async () => {
    const { queries, read } = namesRead();
    read.subscribe(vi.fn())();
    // Once the connection is loaded, the read would have started following right away.
    await loadConnection();
    await createLine(lineInput({ name: 'Tello' }));
    expect(queries).not.toHaveBeenCalled();
  });

  it('hands a failed read to the reader as the error it is', async () => {
    const failure = new Error('storage gone');
    const read = sharedLiveRead<string[]>(() => Promise.reject(failure));
    const listener = vi.fn();
    const stop = read.subscribe(listener);
    await calls(listener, 1);
    expect(() => read.snapshot()).toThrow(failure);
    stop();
  });
});
