import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What the production build of the web app is made from, relative to the repository root. */
const BUILD_INPUTS = [
  "apps/web",
  "packages/api",
  "packages/domain",
  "packages/db",
  // The API imports its webhook address rule (@hindsight/jobs/url-guard).
  "packages/jobs",
  "prisma/schema.prisma",
  "package.json",
  "pnpm-lock.yaml",
] as const;

/**
 * Never inputs: dependencies, outputs and generated files (the Prisma client is rewritten by every
 * `pnpm install`; prisma/schema.prisma, which it is made from, counts instead), and tests.
 */
const SKIPPED_DIRECTORIES = new Set([
  "node_modules",
  ".next",
  ".turbo",
  ".data",
  "dist",
  "coverage",
  "test-artifacts",
  "generated",
  "e2e",
]);
const SKIPPED_FILE = /(\.test\.tsx?|\.e2e\.ts|\.tsbuildinfo|^next-env\.d\.ts)$/;

export type BuildState =
  { fresh: true } | { fresh: false; reason: "missing" } | { fresh: false; reason: "stale"; changed: string };

/** The newest input file under `entry` (a file or a directory), as [mtime in ms, path]. */
function newestInput(entry: string): [number, string] | null {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return SKIPPED_FILE.test(path.basename(entry)) ? null : [stat.mtimeMs, entry];
  let newest: [number, string] | null = null;
  for (const item of readdirSync(entry, { withFileTypes: true })) {
    if (item.isDirectory() && SKIPPED_DIRECTORIES.has(item.name)) continue;
    const found = newestInput(path.join(entry, item.name));
    if (found && (!newest || found[0] > newest[0])) newest = found;
  }
  return newest;
}

/**
 * Whether `apps/web/.next` holds a production build of the sources as they are now: missing when there
 * is none, stale when a source, configuration or lock file changed after it was made (a pull, a
 * checkout, an edit). Reading modification times keeps this to a few milliseconds.
 */
export function productionBuildState(root: string): BuildState {
  const buildId = path.join(root, "apps", "web", ".next", "BUILD_ID");
  if (!existsSync(buildId)) return { fresh: false, reason: "missing" };
  const builtAt = statSync(buildId).mtimeMs;
  let newest: [number, string] | null = null;
  for (const input of BUILD_INPUTS) {
    const found = newestInput(path.join(root, input));
    if (found && (!newest || found[0] > newest[0])) newest = found;
  }
  if (newest && newest[0] > builtAt) return { fresh: false, reason: "stale", changed: path.relative(root, newest[1]) };
  return { fresh: true };
}
