// Under Trusted Types a script URL must come from a policy. This one vouches for the app's own
// workers, the service worker, the JSON parser and the backup encryption, and for nothing else.
import ageWorkerUrl from './age-worker.ts?worker&url';
import jsonParseWorkerUrl from './json-parse-worker.ts?worker&url';

export const SERVICE_WORKER_URL = '/sw.js';
export const JSON_PARSE_WORKER_URL = jsonParseWorkerUrl;
export const AGE_WORKER_URL = ageWorkerUrl;

const ALLOWED = new Set([SERVICE_WORKER_URL, JSON_PARSE_WORKER_URL, AGE_WORKER_URL]);

let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | null | undefined;

export function trustedScriptUrl(url: string): string | TrustedScriptURL {
  policy ??=
    window.trustedTypes?.createPolicy('topup-worker', {
      createScriptURL: (asked: string) => {
        if (!ALLOWED.has(asked)) throw new TypeError(`Not one of the app's workers: ${asked}`);
        return asked;
      },
    }) ?? null;
  return policy ? policy.createScriptURL(url) : url;
}

/** A module worker of the app's own, or null where no worker can start here. */
export function startWorker(url: string): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // The DOM typings predate Trusted Types: the browser takes the TrustedScriptURL here.
    return new Worker(trustedScriptUrl(url) as string, { type: 'module' });
  } catch {
    return null;
  }
}
