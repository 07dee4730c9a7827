// Backups run on the page's thread and can take seconds: the work gives the event loop a turn
// whenever it has held it for a frame or two, so the page keeps painting its progress and
// answering taps.

const BUDGET_MS = 30;

/** Resolves at once while the budget lasts, after a macrotask once it is spent. */
export type Pacer = () => Promise<void>;

export function createPacer(budgetMs = BUDGET_MS): Pacer {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}
