// The Content-Security-Policy of pages: scripts only from this origin and
// only those carrying the request's nonce (Next puts it on its own scripts
// when the policy is on the request), or loaded by one of them.

export interface PagePolicyOptions {
  nonce: string;
  /** React's development build evaluates strings to rebuild server stacks. */
  development?: boolean;
  /** Served over https: plain-http subresources are upgraded. */
  https?: boolean;
}

export function pageContentSecurityPolicy({ nonce, development = false, https = false }: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React style attributes (chart geometry, bar widths) cannot carry a nonce,
    // and a nonce in style-src would switch 'unsafe-inline' off. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // Recordings are played through our own /api/calls/:id/recording.
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
