import path from "node:path";

// The native schema engine cannot be downloaded on an offline machine; migrations run through the
// WASM engine (packages/db/src/migrate). Pointing the CLI at node itself makes `prisma generate`
// work and makes any accidental `prisma migrate` fail loudly instead of silently doing nothing.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const { defineConfig } = await import("prisma/config");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: {
    // Not env("DATABASE_URL"): that throws when unset and would break a fresh clone.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/hindsight",
  },
});
