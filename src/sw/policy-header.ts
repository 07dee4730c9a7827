// Every page the worker serves carries the app's Content Security Policy as a header: the built
// index.html has no `<meta>` policy (see content-security-policy.ts), and whatever headers the
// host sent when the files were precached, the page the app runs in is held to the same policy.
import type { WorkboxPlugin } from 'workbox-core';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** Whether the response is a page (the app shell), not a script, style or image. */
export function isPage(response: Response): boolean {
  return response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
}

/** The response with the policy header set when it is a page; anything else as it is. */
export async function withPolicyHeader(response: Response): Promise<Response> {
  if (!isPage(response)) return response;
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  // As a blob, the body goes to the page straight from the cache; passed on as a stream, this
  // worker's thread would have to pump it, and anything else it does would hold the page up.
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** Sets the header on pages as they leave the precache, for the precache and navigation routes. */
export const policyHeaderPlugin: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse ? withPolicyHeader(cachedResponse) : cachedResponse,
};
