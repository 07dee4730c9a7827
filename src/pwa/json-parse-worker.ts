// A worker that decodes and parses UTF-8 JSON off the page's thread and posts the value back in
// pieces (see domain/json-pieces), so that reading a large backup never freezes the page.
import { type JsonPiece, jsonPieces } from '@/domain/json-pieces';
import { parseUtf8Json } from '@/domain/utf8-json';

export type JsonParseReply = JsonPiece | { kind: 'not-json' };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Uint8Array[]>) => void) | null;
  postMessage(message: JsonParseReply): void;
};

scope.onmessage = (event) => {
  let value: unknown;
  try {
    value = parseUtf8Json(event.data);
  } catch {
    scope.postMessage({ kind: 'not-json' });
    return;
  }
  for (const piece of jsonPieces(value)) scope.postMessage(piece);
};
