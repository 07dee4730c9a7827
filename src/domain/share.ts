// The share target's contract between the manifest, the service worker and the app: where shared
// receipts are posted, and where the user lands to log them.
export const SHARE_TARGET_ACTION = '/share-target';
export const SHARE_FILES_FIELD = 'receipt';
/** More files than anyone shares for one top-up; the rest are refused, not silently kept. */
export const MAX_SHARED_FILES = 10;
export const SHARED_TEXT_MAX = 4000;

/** "Log this receipt": the page that asks which plan the shared receipt belongs to. */
export function shareLandingPath(shareId: string | null): string {
  return shareId === null ? '/log?share=failed' : `/log?share=${encodeURIComponent(shareId)}`;
}
