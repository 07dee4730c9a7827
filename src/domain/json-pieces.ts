// A parsed JSON value cut into messages of bounded size, and put back together. A worker parses a
// large backup manifest and posts it in these pieces, so that the page takes it in many short
// turns instead of one long freeze.

/** The value with its long arrays emptied, then their items a batch at a time, then the end. */
export type JsonPiece =
  | { kind: 'head'; value: unknown }
  | { kind: 'items'; path: string[]; items: unknown[] }
  | { kind: 'end' };

/** Items per message: a batch of top-up rows takes a few milliseconds to receive. */
export const PIECE_ITEMS = 1000;

/** How deep long arrays are looked for: a manifest's rows are at `tables.<name>`. */
const MAX_DEPTH = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, even one named "__proto__", without touching any prototype. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function* jsonPieces(value: unknown, batch = PIECE_ITEMS): Generator<JsonPiece> {
  const long: { path: string[]; items: unknown[] }[] = [];
  const empty = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node) && node.length > batch) {
      long.push({ path, items: node });
      return [];
    }
    if (!isRecord(node) || path.length >= MAX_DEPTH) return node;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(node)) defineOwn(copy, key, empty(node[key], [...path, key]));
    return copy;
  };
  yield { kind: 'head', value: empty(value, []) };
  for (const { path, items } of long) {
    for (let start = 0; start < items.length; start += batch) {
      yield { kind: 'items', path, items: items.slice(start, start + batch) };
    }
  }
  yield { kind: 'end' };
}

/** Puts pieces back together; `value` is the whole once the end has been added. */
export function jsonAssembler(): { add(piece: JsonPiece): boolean; value(): unknown } {
  let head: unknown;
  return {
    /** Adds a piece; true once it was the end. */
    add(piece) {
      if (piece.kind === 'head') head = piece.value;
      if (piece.kind === 'items') {
        let target: unknown = head;
        for (const key of piece.path) target = isRecord(target) ? target[key] : undefined;
        if (!Array.isArray(target)) throw new TypeError('A piece names no array of the value');
        for (const item of piece.items) target.push(item);
      }
      return piece.kind === 'end';
    },
    value: () => head,
  };
}
