// JSON.parse in a worker: a backup's manifest of ten years of top-ups takes a quarter of a second
// to parse here, which on the page's thread would freeze it. Where a worker cannot start, the text
// is parsed on the page as before.
import { jsonAssembler } from '@/domain/json-pieces';
import type { JsonParseReply } from './json-parse-worker';
import { JSON_PARSE_WORKER_URL, trustedScriptUrl } from './script-url-policy';

function parseHere(text: string): unknown {
  return JSON.parse(text);
}

export function parseJsonOffThread(text: string): Promise<unknown> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => parseHere(text));
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // The DOM typings predate Trusted Types: the browser takes the TrustedScriptURL here.
      const url = trustedScriptUrl(JSON_PARSE_WORKER_URL) as string;
      worker = new Worker(url, { type: 'module' });
    } catch {
      resolve(parseHere(text));
      return;
    }
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
      else {
        try {
          resolve(parseHere(text));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    };
    worker.postMessage(text);
  });
}
