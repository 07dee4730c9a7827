// How the tests launch their browsers: Debian's Chromium (or the one $TOPUP_CHROMIUM names) and
// Debian's Firefox ESR (or $TOPUP_FIREFOX), which Playwright drives over WebDriver BiDi through
// its `moz-firefox` channel.
export const chromiumLaunchOptions = {
  executablePath: process.env.TOPUP_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export const firefoxLaunchOptions = {
  executablePath: process.env.TOPUP_FIREFOX ?? '/usr/bin/firefox-esr',
  // Headless, Firefox has no desktop to show a notification on: its own alert window stands in.
  // Scrollbars over the page, as on a phone, rather than beside it as on a desktop.
  firefoxUserPrefs: { 'alerts.useSystemBackend': false, 'ui.useOverlayScrollbars': 1 },
};

export const PORT = 4174;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
