// Whether Topup runs as an installed app, and whether the device is an iPhone or iPad, where
// notifications exist only for an app added to the Home Screen.
export function isInstalled(): boolean {
  const standalone = 'standalone' in navigator && navigator.standalone === true; // iOS Safari
  return standalone || window.matchMedia('(display-mode: standalone)').matches;
}

export function isAppleMobile(): boolean {
  // iPadOS reports itself as a Mac; its touch screen gives it away.
  const iPadAsMac = navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1;
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || iPadAsMac;
}
