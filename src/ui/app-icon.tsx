// Topup's icon drawn in place (the same drawing as public/favicon.svg). An <img> of the SVG file
// would make the browser build a separate SVG document for it, tens of milliseconds on a phone's
// first paint; inline it costs nothing beyond its five shapes.
export function AppIcon({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 512 512"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <rect width="512" height="512" rx="112" fill="#0f766e" />
      <rect x="156" y="84" width="200" height="344" rx="36" fill="#f0fdfa" />
      <rect x="180" y="124" width="152" height="236" rx="10" fill="#0f766e" />
      <circle cx="256" cy="396" r="14" fill="#0f766e" />
      <path d="M256 156 L312 236 H276 V326 H236 V236 H200 Z" fill="#fbbf24" />
    </svg>
  );
}
