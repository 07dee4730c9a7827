// A page without Dexie learns of another page's writes on Dexie's own channel.
import { describe, expect, it, vi } from 'vitest';
import { whenChangedElsewhere } from './when-changed-elsewhere';

describe('whenChangedElsewhere', () => {
  it("hears a write that Dexie makes elsewhere, once, on Dexie's channel", async () => {
    const work = vi.fn();
    whenChangedElsewhere(work);
    const { saveSetting } = await import('./settings');
    await saveSetting('theme', 'dark');
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
    await saveSetting('theme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('hears nothing once stopped', async () => {
    const work = vi.fn();
    const stop = whenChangedElsewhere(work);
    stop();
    const { saveSetting } = await import('./settings');
    await saveSetting('theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(work).not.toHaveBeenCalled();
  });
});
