// The worker's side of its on-demand script (on-demand.ts): what the script provides, and how the
// worker loads it. A service worker may only import scripts it imported while it was installing
// (the browser keeps them with the worker); later they come from there, with no network.
import type { handleNotificationClick } from './notification-click';
import type { runDueCheck } from './due-check';
import type { receiveShare } from './share-target';

export interface OnDemandHandlers {
  receiveShare: typeof receiveShare;
  runDueCheck: typeof runDueCheck;
  handleNotificationClick: typeof handleNotificationClick;
}

/** Where the script leaves its handlers, on the worker's global object. */
export const ON_DEMAND_GLOBAL = '__topupOnDemand';

/** The part of Trusted Types this needs (the worker's typings do not describe it yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

declare const self: ServiceWorkerGlobalScope & {
  [ON_DEMAND_GLOBAL]?: OnDemandHandlers;
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
  };
};

let policy: ScriptUrlPolicy | null | undefined;

/** Under Trusted Types a script URL must come from a policy; this one allows the one script. */
function trustedUrl(url: string): string {
  policy ??=
    self.trustedTypes?.createPolicy('topup-worker', {
      createScriptURL: (asked: string) => {
        if (asked !== url) throw new TypeError(`Not the worker's own script: ${asked}`);
        return asked;
      },
    }) ?? null;
  // importScripts takes the TrustedScriptURL where a string is typed.
  return policy ? (policy.createScriptURL(url) as string) : url;
}

/** The handlers, importing the script (at url) the first time they are asked for. */
export function onDemandHandlers(url: string): OnDemandHandlers {
  if (!self[ON_DEMAND_GLOBAL]) self.importScripts(trustedUrl(url));
  const handlers = self[ON_DEMAND_GLOBAL];
  if (!handlers) throw new Error(`The worker's script ${url} did not provide its handlers`);
  return handlers;
}
