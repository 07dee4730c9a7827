// The first sign that a person is using the page: a tap, a click or a key, or coming back to its
// tab. Work that only matters once they do (on a first visit, loading Dexie to create a database
// that is still empty) waits for it, and leaves the first seconds' main thread to their first tap.

/** Runs `work` once, at the first sign of use; the function returned stops waiting. */
export function whenFirstUsed(work: () => void): () => void {
  const controller = new AbortController();
  const options = { capture: true, passive: true, signal: controller.signal };
  const used = () => {
    controller.abort();
    work();
  };
  window.addEventListener('pointerdown', used, options);
  window.addEventListener('keydown', used, options);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') used();
    },
    options,
  );
  return () => controller.abort();
}
