// JSON.parse in a worker: a backup's manifest of ten years of top-ups takes a quarter of a second
// to parse here, which on the page's thread would freeze it. Where a worker cannot start, the text
// is parsed on the page as before.
import { jsonAssembler } from '@/domain/json-pieces';
import type { JsonParseReply } from './json-parse-worker';
import { JSON_PARSE_WORKER_URL, trustedScriptUrl } from './script-url-policy';

/** JSON.parse on the page, as a promise, so that its failure rejects like the worker's. */
function parseHere(text: string): Promise<unknown> {
  return Promise.resolve().then(() => JSON.parse(text) as unknown);
}

export function parseJsonOffThread(text: string): Promise<unknown> {
  if (typeof Worker === 'undefined') return parseHere(text);
  let worker: Worker;
  try {
    // The DOM typings predate Trusted Types: the browser takes the TrustedScriptURL here.
    worker = new Worker(trustedScriptUrl(JSON_PARSE_WORKER_URL) as string, { type: 'module' });
  } catch {
    return parseHere(text);
  }
  return new Promise((resolve, reject) => {
    const assembler = jsonAssembler();
    let started = false;
    worker.onmessage = (event: MessageEvent<JsonParseReply>) => {
      started = true;
      const piece = event.data;
      if (piece.kind === 'not-json') {
        worker.terminate();
        reject(new SyntaxError('The text is not JSON'));
      } else if (assembler.add(piece)) {
        worker.terminate();
        resolve(assembler.value());
      }
    };
    // A worker that could not load at all (a blocked script): parse here instead.
    worker.onerror = () => {
      worker.terminate();
      if (started) reject(new Error('The JSON worker failed'));
      else resolve(parseHere(text));
    };
    worker.postMessage(text);
  });
}
