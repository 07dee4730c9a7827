// The number on the installed app's icon, set the same way by the page and by the worker. It uses
// no worker global, so that the page's glue can import it too.

/**
 * Shows `count` on the app's icon, or clears it at zero; nothing where the browser has no badges.
 * A badge the browser refuses is no reason to fail the check that counted it.
 */
export async function showAppBadge(
  navigator: Partial<NavigatorBadge>,
  count: number,
): Promise<void> {
  if (!navigator.setAppBadge || !navigator.clearAppBadge) return;
  await (count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge()).catch(
    () => undefined,
  );
}
