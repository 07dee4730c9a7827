// A worker that parses JSON text off the page's thread and posts the value back in pieces (see
// domain/json-pieces), so that reading a large backup never freezes the page.
import { type JsonPiece, jsonPieces } from '@/domain/json-pieces';

export type JsonParseReply = JsonPiece | { kind: 'not-json' };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: JsonParseReply): void;
};

scope.onmessage = (event) => {
  let value: unknown;
  try {
    value = JSON.parse(event.data);
  } catch {
    scope.postMessage({ kind: 'not-json' });
    return;
  }
  for (const piece of jsonPieces(value)) scope.postMessage(piece);
};
