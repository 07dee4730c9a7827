import { describe, expect, it } from 'vitest';
import { crc32, ownBytes } from './backup-bytes';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
  it('gives the check value of the CRC-32 used by ZIP', () => {
    expect(crc32(0, ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(0, new Uint8Array(0))).toBe(0);
  });

  it('gives the same result fed in pieces as at once', () => {
    const whole = ascii('The quick brown fox jumps over the lazy dog');
    const pieces = [whole.subarray(0, 7), whole.subarray(7, 8), whole.subarray(8)];
    expect(pieces.reduce(crc32, 0)).toBe(crc32(0, whole));
    expect(crc32(0, whole)).toBe(0x414fa339);
  });
});

describe('ownBytes', () => {
  it('keeps the view on the same bytes', () => {
    const buffer = new Uint8Array([1, 2, 3, 4]);
    const view = ownBytes(buffer.subarray(1, 3));
    expect([...view]).toEqual([2, 3]);
    buffer[1] = 9;
    expect(view[0]).toBe(9);
  });

  it('copies bytes held in shared memory', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    shared.set([5, 6]);
    const copy = ownBytes(shared);
    expect(copy.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...copy]).toEqual([5, 6]);
  });
});
