// The app's Content Security Policy, sent as a header: by `vite preview` (`npm start`, the tests)
// for pages from the network, and by the service worker for every page it serves, which after the
// first visit is every page (see policy-header.ts). A `<meta>` would do less and cost more: it
// cannot carry frame-ancestors, and Chromium's preload scanner stops at it, so the page's scripts
// were asked for later on a cold start.
//
// Nothing is loaded from another origin; user files are shown only as blob: URLs.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // No string may become markup or script; one policy vouches for the app's own workers' URLs.
  "require-trusted-types-for 'script'",
  'trusted-types topup-worker',
].join('; ');
