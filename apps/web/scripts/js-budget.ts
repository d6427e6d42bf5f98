/**
 * The first-load JavaScript budget, read from the production build: prints each route's gzipped
 * first load and exits 1 when a page other than the allowed ones ships more than the budget.
 * Run after `pnpm build`: `pnpm check:js-budget` (CI does, after its build step, and fails past
 * the budget). With `--report` it prints the same table and exits 0 whatever the sizes
 * (docs/benchmarks.md, "First-load JavaScript per route").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  entryChunksOf,
  FIRST_LOAD_BUDGET_BYTES,
  firstLoads,
  formatKilobytes,
  gzippedBytes,
  routeOfManifest,
} from "../src/build/first-load";

const nextDir = join(import.meta.dirname, "..", ".next");
if (!existsSync(join(nextDir, "build-manifest.json"))) {
  console.error(`No production build in ${nextDir}: run \`pnpm build\` first.`);
  process.exit(2);
}

function manifestsUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return manifestsUnder(path);
    return entry.name === "page_client-reference-manifest.js" ? [path] : [];
  });
}

const buildManifest = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};
const routes = new Map<string, string[]>();
for (const path of manifestsUnder(join(nextDir, "server", "app"))) {
  const route = routeOfManifest(relative(nextDir, path));
  // Next's own fallback pages for a crash of the root layout: not a page a reader opens.
  if (route === "/_global-error") continue;
  routes.set(route, entryChunksOf(readFileSync(path, "utf8")));
}

const sizes = new Map<string, number>();
const sizeOf = (chunk: string) => {
  let size = sizes.get(chunk);
  if (size === undefined) {
    size = gzippedBytes(readFileSync(join(nextDir, chunk)));
    sizes.set(chunk, size);
  }
  return size;
};

const runtime = buildManifest.rootMainFiles.reduce((sum, chunk) => sum + sizeOf(chunk), 0);
const loads = firstLoads(buildManifest.rootMainFiles, routes, sizeOf);
const width = Math.max(...loads.map((load) => load.route.length), 28) + 2;
console.log(`First-load JavaScript, gzipped (budget ${formatKilobytes(FIRST_LOAD_BUDGET_BYTES)} a page)\n`);
console.log(`| ${"route".padEnd(width)} | gzipped JS |`);
console.log(`| ${"-".repeat(width)} | ---------: |`);
console.log(`| ${"shared runtime (React, Next)".padEnd(width)} | ${formatKilobytes(runtime).padStart(10)} |`);
for (const load of loads) {
  const mark = load.overBudget ? "  OVER BUDGET" : load.allowance ? `  (allowed: ${load.allowance})` : "";
  console.log(`| ${`\`${load.route}\``.padEnd(width)} | ${formatKilobytes(load.bytes).padStart(10)} |${mark}`);
}
const over = loads.filter((load) => load.overBudget);
if (over.length > 0) {
  const log = process.argv.includes("--report") ? console.log : console.error;
  log(
    `\n${over.length} page${over.length === 1 ? "" : "s"} over the ${formatKilobytes(FIRST_LOAD_BUDGET_BYTES)} budget: ${over.map((load) => load.route).join(", ")}`,
  );
  if (!process.argv.includes("--report")) process.exit(1);
} else {
  console.log(`\nEvery page is within the budget.`);
}
