import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: [fileURLToPath(import.meta.resolve("@hindsight/db/testing/global-setup"))],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
