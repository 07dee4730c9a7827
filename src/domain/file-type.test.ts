import { describe, expect, it } from 'vitest';
import { sniffReceiptType } from './file-type';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part,
    ),
  );

describe('sniffReceiptType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0]), 'image/png'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
  ])('recognises %s by its bytes', (_name, data, type) => {
    expect(sniffReceiptType(data)).toBe(type);
  });

  it.each([
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['an HTML page', bytes('<!doctype html><script>')],
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['a RIFF that is not WebP', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['an empty file', bytes()],
    ['a PNG signature cut short', bytes([0x89], 'PNG')],
  ])('refuses %s', (_name, data) => {
    expect(sniffReceiptType(data)).toBeNull();
  });
});
