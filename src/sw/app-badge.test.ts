import { describe, expect, it, vi } from 'vitest';
import { showAppBadge } from './app-badge';

function badgeNavigator() {
  return {
    setAppBadge: vi.fn(async (_count?: number) => undefined),
    clearAppBadge: vi.fn(async () => undefined),
  };
}

describe('showAppBadge', () => {
  it('shows the count on the icon', async () => {
    const navigator = badgeNavigator();
    await showAppBadge(navigator, 3);
    expect(navigator.setAppBadge).toHaveBeenCalledWith(3);
    expect(navigator.clearAppBadge).not.toHaveBeenCalled();
  });

  it('clears the badge at zero instead of showing a 0', async () => {
    const navigator = badgeNavigator();
    await showAppBadge(navigator, 0);
    expect(navigator.clearAppBadge).toHaveBeenCalledOnce();
    expect(navigator.setAppBadge).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no badges', async () => {
    await expect(showAppBadge({}, 2)).resolves.toBeUndefined();
  });

  it('settles when the browser refuses the badge', async () => {
    const navigator = badgeNavigator();
    navigator.setAppBadge.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await expect(showAppBadge(navigator, 1)).resolves.toBeUndefined();
  });
});
