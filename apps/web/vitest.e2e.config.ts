import { defineConfig } from "vitest/config";

/** Browser flows against a running app: `BASE_URL=http://127.0.0.1:3000 vitest run -c vitest.e2e.config.ts`. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: "node",
  },
});
