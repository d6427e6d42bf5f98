import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The user commands are tested against a real PostgreSQL (DATABASE_URL's server, or a throwaway embedded one).
    globalSetup: [fileURLToPath(import.meta.resolve("@hindsight/db/testing/global-setup"))],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
