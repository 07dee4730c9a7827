import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonAssembler, type JsonPiece, jsonPieces } from './json-pieces';

function roundTrip(value: unknown, batch: number): { value: unknown; pieces: JsonPiece[] } {
  // Each piece crosses to the page as a copy, as postMessage makes one.
  const pieces = [...jsonPieces(value, batch)].map((piece) => structuredClone(piece));
  const assembler = jsonAssembler();
  const ends = pieces.map((piece) => assembler.add(piece));
  expect(ends.indexOf(true)).toBe(pieces.length - 1);
  return { value: assembler.value(), pieces };
}

const longArrays = fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 40 });
const manifestLike = fc.record({
  format: fc.constant('topup-backup'),
  tables: fc.dictionary(fc.constantFrom('lines', 'topUps', '__proto__', 'constructor'), longArrays),
});

describe('a JSON value in pieces', () => {
  it('comes back equal to itself, whatever its shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), manifestLike),
        fc.integer({ min: 1, max: 8 }),
        (value, batch) => {
          expect(roundTrip(value, batch).value).toEqual(value);
        },
      ),
    );
  });

  it('sends no message with more items than a batch', () => {
    fc.assert(
      fc.property(manifestLike, fc.integer({ min: 1, max: 8 }), (value, batch) => {
        for (const piece of roundTrip(value, batch).pieces) {
          if (piece.kind === 'items') expect(piece.items.length).toBeLessThanOrEqual(batch);
        }
      }),
    );
  });

  it('keeps a key named __proto__ an own key, never a prototype', () => {
    const parsed: unknown = JSON.parse('{"tables":{"__proto__":[1,2,3,4,5],"topUps":[6,7,8]}}');
    const { value } = roundTrip(parsed, 2);
    const tables = (value as { tables: Record<string, unknown> }).tables;
    expect(Object.getPrototypeOf(tables)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(tables, '__proto__')?.value).toEqual([1, 2, 3, 4, 5]);
    expect(tables.topUps).toEqual([6, 7, 8]);
  });
});
