import { defineConfig } from "vitest/config";

// Read here, in the main process: inside test files Vitest sets process.env.BASE_URL to Vite's base ("/").
const baseUrl = process.env.BASE_URL;

/**
 * Browser flows with playwright-core and Chromium. With BASE_URL set they run against that app;
 * otherwise the global setup makes a fresh database, starts `next start` on it (run `next build`
 * first) and stops both afterwards. Either way the tests read the address with inject("baseUrl").
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    ...(baseUrl ? { provide: { baseUrl } } : { globalSetup: ["e2e/global-setup.ts"] }),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    environment: "node",
    // expect.poll's own default (1 s) is shorter than one write's round trip on a busy 2-core CI
    // machine: a Reload that refetched in 1.2 s failed a run. Polls that need longer say so.
    expect: { poll: { timeout: 10_000 } },
  },
});
