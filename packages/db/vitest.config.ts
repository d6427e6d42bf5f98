import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // PostgreSQL for the suite: DATABASE_URL's server, else a throwaway embedded one.
    globalSetup: ["./src/testing/global-setup.ts"],
    // The migration tests drive a real PostgreSQL and create shadow databases.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
