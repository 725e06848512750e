// Headers on every response. Pages get their Content-Security-Policy, with a
// nonce per response, from proxy.ts, which replaces the fixed one below; API
// answers, static files and next-auth's own pages keep the fixed one, which
// runs no script at all.
const fixedContentSecurityPolicy = [
  "default-src 'none'",
  // next-auth's sign-out and error pages style themselves inline and post a form.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "media-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

const securityHeaders = [
  { key: "content-security-policy", value: fixedContentSecurityPolicy },
  { key: "x-content-type-options", value: "nosniff" },
  { key: "x-frame-options", value: "DENY" },
  { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
  {
    key: "permissions-policy",
    value: "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addons and the database drivers load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pg-boss", "@node-rs/argon2"],
  typedRoutes: false,
  // Typecheck and lint run in npm test; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  // The proxy sees a request with a body only when its path holds an escape (proxy.ts), and Next
  // reads such a body before the route does: at most this much of it.
  experimental: { proxyClientMaxBodySize: "64kb" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        // TLS ends at the proxy in front, which says so in X-Forwarded-Proto (its first entry is the
        // browser's hop). Browsers ignore HSTS on plain http, so a forged header gains nothing.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https(\\s*,.*)?" }],
        headers: [{ key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
