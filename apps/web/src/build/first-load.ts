import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript per route, read from a production build (`.next`): what a browser downloads
 * before the page is interactive. That is Next's shared runtime (`rootMainFiles` of
 * `build-manifest.json`) and every chunk the route's segments list in its
 * `page_client-reference-manifest.js` (`entryJSFiles`: the layouts, the page, and the loading,
 * error and not-found boundaries on its path), each counted once, gzipped at the default level.
 * Chunks loaded later by `import()` (a dialog, the toaster) are not first load.
 */

/** The most gzipped JavaScript a page may ship on first load, in bytes (200 kB, 1 kB = 1,000 bytes). */
export const FIRST_LOAD_BUDGET_BYTES = 200_000;

/** Routes allowed past the budget, and why. */
export const OVER_BUDGET_ALLOWED: Readonly<Record<string, string>> = {
  "/predictions/from-article": "the only page that loads the extractor (its NLP model runs in the browser)",
};

/** The route of a `server/app/**\/page_client-reference-manifest.js` path: "/", "/analysts/[slug]". */
export function routeOfManifest(relativePath: string): string {
  const segments = relativePath.split(/[\\/]/);
  const start = segments.indexOf("app");
  const inner = segments.slice(start + 1, -1);
  return `/${inner.join("/")}`;
}

/**
 * The chunk files a client reference manifest lists for the route's segments. The file is a script
 * that assigns one JSON object: `globalThis.__RSC_MANIFEST["/x/page"] = {...};`.
 */
export function entryChunksOf(manifestSource: string): string[] {
  const assignment = manifestSource.indexOf("] = {");
  if (assignment === -1) throw new Error("Not a client reference manifest: no `__RSC_MANIFEST[...] = {` found");
  const json = manifestSource
    .slice(assignment + 4)
    .trim()
    .replace(/;$/, "");
  const manifest = JSON.parse(json) as { entryJSFiles?: Record<string, string[]> };
  if (!manifest.entryJSFiles) throw new Error("The client reference manifest has no entryJSFiles");
  return [...new Set(Object.values(manifest.entryJSFiles).flat())];
}

export interface RouteLoad {
  route: string;
  /** Gzipped bytes of the runtime and the route's own chunks, each chunk counted once. */
  bytes: number;
  overBudget: boolean;
  /** Why the route may be over budget, when it may. */
  allowance: string | null;
}

/**
 * Each route's first load from the runtime's chunks and the route's chunks, given a way to read a
 * chunk's gzipped size (cached by the caller or not: each chunk is asked for once per route).
 */
export function firstLoads(
  runtime: readonly string[],
  routes: ReadonlyMap<string, readonly string[]>,
  gzippedSize: (chunk: string) => number,
  budget = FIRST_LOAD_BUDGET_BYTES,
): RouteLoad[] {
  return [...routes.entries()]
    .map(([route, chunks]) => {
      const bytes = [...new Set([...runtime, ...chunks])].reduce((sum, chunk) => sum + gzippedSize(chunk), 0);
      const allowance = OVER_BUDGET_ALLOWED[route] ?? null;
      return { route, bytes, overBudget: bytes > budget && allowance === null, allowance };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** A chunk's size gzipped at the default level, as a server or CDN would send it. */
export function gzippedBytes(content: Buffer | string): number {
  return gzipSync(content).length;
}

/** "240 kB" with one decimal under 10 kB. */
export function formatKilobytes(bytes: number): string {
  const kilobytes = bytes / 1000;
  return `${kilobytes < 10 ? kilobytes.toFixed(1) : Math.round(kilobytes)} kB`;
}
