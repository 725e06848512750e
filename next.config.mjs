/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addons and the database drivers load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pg-boss", "@node-rs/argon2"],
  typedRoutes: false,
  // Typecheck and lint run in npm test; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
