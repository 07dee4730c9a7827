import { describe, expect, it } from 'vitest';
import { keepSameAnswer, readAtStartThenLive } from './live-read';

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

describe('readAtStartThenLive', () => {
  it("offers start-up's answer as the first value until a live read answers, the same object while nothing changed", async () => {
    let rows = [{ name: 'Mint' }];
    const read = readAtStartThenLive(async () => rows.map((row) => ({ ...row })));
    expect(read.first()).toBeUndefined();
    const atStart = await read.atStart();
    expect(read.first()).toBe(atStart);
    expect(await read.live()).toBe(atStart);
    expect(read.first()).toBeUndefined();
    rows = [{ name: 'Tello' }];
    expect(await read.live()).toEqual([{ name: 'Tello' }]);
  });
});
