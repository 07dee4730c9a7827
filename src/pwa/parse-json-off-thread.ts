// JSON.parse in a worker: a backup's manifest of ten years of top-ups takes a quarter of a second
// to parse here, which on the page's thread would freeze it. The worker gets the manifest's bytes
// and decodes them too (see domain/utf8-json). Where a worker cannot start, they are parsed on the
// page as before.
import { jsonAssembler } from '@/domain/json-pieces';
import { parseUtf8Json } from '@/domain/utf8-json';
import type { JsonParseReply } from './json-parse-worker';
import { JSON_PARSE_WORKER_URL, startWorker } from './script-url-policy';

/** The parse on the page, as a promise, so that its failure rejects like the worker's. */
function parseHere(utf8: readonly Uint8Array[]): Promise<unknown> {
  return Promise.resolve().then(() => parseUtf8Json(utf8));
}

function joinBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

export function parseJsonOffThread(utf8: readonly Uint8Array[]): Promise<unknown> {
  const worker = startWorker(JSON_PARSE_WORKER_URL);
  if (!worker) return parseHere(utf8);
  return new Promise((resolve, reject) => {
    const assembler = jsonAssembler();
    let started = false;
    worker.onmessage = (event: MessageEvent<JsonParseReply>) => {
      started = true;
      const piece = event.data;
      if (piece.kind === 'not-json') {
        worker.terminate();
        reject(new SyntaxError('The bytes are not UTF-8 JSON'));
      } else if (assembler.add(piece)) {
        worker.terminate();
        resolve(assembler.value());
      }
    };
    // A worker that could not load at all (a blocked script): parse here instead.
    worker.onerror = () => {
      worker.terminate();
      if (started) reject(new Error('The JSON worker failed'));
      else resolve(parseHere(utf8));
    };
    // In one piece, handed over rather than copied: posted as the chunks it was read in, the
    // page had to clone them all, a long task with ten years of top-ups.
    const bytes = joinBytes(utf8);
    worker.postMessage([bytes], [bytes.buffer]);
  });
}
