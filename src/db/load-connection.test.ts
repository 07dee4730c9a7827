import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: the connection is loaded once per page. */
async function fresh() {
  vi.resetModules();
  return import('./load-connection');
}

describe('loadConnection', () => {
  it('waits for what start-up holds it for, and tells whoever waits for it first', async () => {
    const { holdConnectionUntil, loadConnection, whenConnected } = await fresh();
    let release = () => {};
    holdConnectionUntil(new Promise<void>((resolve) => (release = resolve)));
    const order: string[] = [];
    whenConnected(() => order.push('start-up'));
    const loading = loadConnection().then(() => order.push('reader'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual([]);
    release();
    await loading;
    expect(order).toEqual(['start-up', 'reader']);
  });

  it('loads once, and answers later callers at once', async () => {
    const { loadConnection, whenConnected } = await fresh();
    const first = await loadConnection();
    expect(await loadConnection()).toBe(first);
    const later = vi.fn();
    whenConnected(later);
    expect(later).toHaveBeenCalledWith(first);
  });
});
