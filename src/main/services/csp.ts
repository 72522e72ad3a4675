// The Content-Security-Policy of the app's pages, sent as a header on every app:// response (and kept as a
// meta tag in index.html). Plain data, so the e2e suite runs the page under exactly this policy.

const policy = (styleSrc: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSrc}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The built app: no inline script and no inline style either. Svelte sets styles through the CSSOM
 * (`style:width`), which a policy does not govern, and its CSS is in files; `e2e/csp.spec.ts` runs the
 * page under this header and finds no violation.
 */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/** In development only: Vite's dev server injects each component's CSS as a `<style>` element. */
export const DEV_CONTENT_SECURITY_POLICY = policy("'self' 'unsafe-inline'");
