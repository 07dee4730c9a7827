// Work that the first view does not need — registering the service worker, the due-date check,
// noting the version — waits for a moment when the page has nothing else to do, so that it neither
// delays the first paint nor keeps the page from answering a tap right after it.

/** How long the work may wait at most, for pages that are never idle. */
const LONGEST_WAIT_MS = 2000;

/** Runs `work` when the page is next idle (Safari has no idle callbacks: a timer stands in). */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: LONGEST_WAIT_MS });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(work, 0);
  return () => {
    clearTimeout(handle);
  };
}
