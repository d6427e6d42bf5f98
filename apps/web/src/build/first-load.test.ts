import { describe, expect, it } from "vitest";
import { entryChunksOf, FIRST_LOAD_BUDGET_BYTES, firstLoads, formatKilobytes, routeOfManifest } from "./first-load";

describe("routeOfManifest", () => {
  it.each([
    ["server/app/page_client-reference-manifest.js", "/"],
    ["server/app/scoreboard/page_client-reference-manifest.js", "/scoreboard"],
    ["server/app/analysts/[slug]/page_client-reference-manifest.js", "/analysts/[slug]"],
  ])("%s is %s", (path, route) => {
    expect(routeOfManifest(path)).toBe(route);
  });
});

describe("entryChunksOf", () => {
  it("lists every segment's chunks once", () => {
    const source = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/x/page"] = {"clientModules":{},"entryJSFiles":{"[project]/app/layout":["a.js","b.js"],"[project]/app/x/page":["a.js","c.js"]}};
`;
    expect(entryChunksOf(source)).toEqual(["a.js", "b.js", "c.js"]);
  });

  it("names what is wrong with a file that is not a manifest", () => {
    expect(() => entryChunksOf("module.exports = 1")).toThrow("Not a client reference manifest");
    expect(() => entryChunksOf('globalThis.__RSC_MANIFEST["/x"] = {"clientModules":{}};')).toThrow("no entryJSFiles");
  });
});

describe("firstLoads", () => {
  const sizes: Record<string, number> = { runtime: 150_000, shared: 30_000, small: 10_000, big: 40_000 };
  const size = (chunk: string) => sizes[chunk]!;

  it("adds the runtime and the route's chunks, a chunk listed twice counted once", () => {
    const loads = firstLoads(["runtime"], new Map([["/a", ["shared", "small", "shared", "runtime"]]]), size);
    expect(loads).toEqual([{ route: "/a", bytes: 190_000, overBudget: false, allowance: null }]);
  });

  it("marks a route past the budget, but not one allowed to be", () => {
    const loads = firstLoads(
      ["runtime"],
      new Map([
        ["/scoreboard", ["shared", "big"]],
        ["/predictions/from-article", ["shared", "big"]],
        ["/", ["small"]],
      ]),
      size,
    );
    expect(loads.map((load) => [load.route, load.bytes, load.overBudget])).toEqual([
      ["/", 160_000, false],
      ["/predictions/from-article", 220_000, false],
      ["/scoreboard", 220_000, true],
    ]);
    expect(loads[1]!.allowance).toMatch(/extractor/);
  });

  it("a route exactly at the budget is within it", () => {
    const loads = firstLoads([], new Map([["/a", ["x"]]]), () => FIRST_LOAD_BUDGET_BYTES);
    expect(loads[0]!.overBudget).toBe(false);
  });
});

it("formatKilobytes rounds to whole kB, with a decimal under 10 kB", () => {
  expect(formatKilobytes(245_400)).toBe("245 kB");
  expect(formatKilobytes(9_650)).toBe("9.7 kB");
});
