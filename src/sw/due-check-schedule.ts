// How the background check is scheduled: the page registers this Periodic Background Sync tag and
// the worker answers it. Plain constants, so that the page's glue can import them without the worker.

/** The tag the browser gives back to the worker's periodicsync event; it must never change. */
export const DUE_CHECK_TAG = 'due-check';

/** The shortest interval asked for: at most twice a day, however often the browser would allow. */
export const DUE_CHECK_MIN_INTERVAL_MS = 12 * 60 * 60 * 1000;
