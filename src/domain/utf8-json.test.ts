import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUtf8Json } from './utf8-json';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The bytes cut at the given offsets, which may fall inside a character. */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const ends = [...new Set(offsets.map((offset) => offset % (bytes.length + 1)))].sort(
    (a, b) => a - b,
  );
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of [...ends, bytes.length]) {
    chunks.push(bytes.slice(start, end));
    start = end;
  }
  return chunks;
}

describe('parseUtf8Json', () => {
  it('parses JSON whose characters are split between chunks', () => {
    const bytes = utf8('{"name":"中國移動 €15"}');
    expect(parseUtf8Json(cut(bytes, [9, 10, 11, 22]))).toEqual({ name: '中國移動 €15' });
  });

  it('gives back any JSON value, however its bytes are cut', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat()), (value, offsets) => {
        const bytes = utf8(JSON.stringify(value));
        expect(parseUtf8Json(cut(bytes, offsets))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('throws on bytes that are not UTF-8, and on text that is not JSON', () => {
    expect(() => parseUtf8Json([utf8('{"a":"'), new Uint8Array([0xff]), utf8('"}')])).toThrow();
    expect(() => parseUtf8Json([utf8('{"a":')])).toThrow(SyntaxError);
    // A character left unfinished at the end is not UTF-8 either.
    expect(() => parseUtf8Json([utf8('"中').slice(0, 3)])).toThrow();
  });
});
