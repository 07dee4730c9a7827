// The live read of a receipt shared into the app, for "Log this receipt" and the top-up form.
import { useLiveRead } from './live-read';
import type { ShareInboxRow } from './rows';
import { readSharedItem } from './share-inbox';

/** A shared item; null when there is none (already logged, or never arrived). */
export function useSharedItem(id: string | null): ShareInboxRow | null | undefined {
  return useLiveRead(`shared:${id}`, async () => (id ? readSharedItem(id) : null));
}
