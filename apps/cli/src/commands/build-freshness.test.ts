import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productionBuildState } from "./build-freshness";

let root: string;

/** Writes a file under the fake repository with the given modification time (seconds). */
function file(relative: string, mtime: number) {
  const full = path.join(root, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, "x");
  utimesSync(full, mtime, mtime);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "hindsight-build-"));
  file("apps/web/src/app/page.tsx", 1_000);
  file("packages/domain/src/index.ts", 1_000);
  file("prisma/schema.prisma", 1_000);
  file("pnpm-lock.yaml", 1_000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("productionBuildState", () => {
  it("is missing without a build", () => {
    expect(productionBuildState(root)).toEqual({ fresh: false, reason: "missing" });
  });

  it("is fresh when the build is newer than every input", () => {
    file("apps/web/.next/BUILD_ID", 2_000);
    expect(productionBuildState(root)).toEqual({ fresh: true });
  });

  it("is stale when a source, the schema or the lock file changed afterwards, naming the newest", () => {
    file("apps/web/.next/BUILD_ID", 2_000);
    file("packages/domain/src/scoring/brier.ts", 3_000);
    file("prisma/schema.prisma", 2_500);
    expect(productionBuildState(root)).toEqual({
      fresh: false,
      reason: "stale",
      changed: path.join("packages", "domain", "src", "scoring", "brier.ts"),
    });
    file("pnpm-lock.yaml", 4_000);
    expect(productionBuildState(root)).toMatchObject({ changed: "pnpm-lock.yaml" });
  });

  it("ignores tests, dependencies, generated code and the build's own files", () => {
    file("apps/web/.next/BUILD_ID", 2_000);
    file("apps/web/.next/server/app/page.js", 3_000);
    file("apps/web/node_modules/next/package.json", 3_000);
    file("apps/web/e2e/header.e2e.ts", 3_000);
    file("apps/web/next-env.d.ts", 3_000);
    file("packages/domain/src/scoring/brier.test.ts", 3_000);
    file("packages/db/src/generated/prisma/client.ts", 3_000);
    expect(productionBuildState(root)).toEqual({ fresh: true });
  });
});
