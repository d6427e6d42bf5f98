import { describe, expect, it } from "vitest";
import {
  currentOrder,
  hasScoreboardFilters,
  orderOf,
  parseMinScored,
  periodChoice,
  periodProblem,
  scoreboardFiltersFromSearchParams,
  scoreboardQueryString,
  withPeriod,
  withSort,
  type ScoreboardFilters,
} from "./scoreboard-filters";

describe("scoreboardFiltersFromSearchParams", () => {
  it.each<[string, ScoreboardFilters]>([
    ["", {}],
    ["?tag=russia&outlet=asia-times", { tag: "russia", outlet: "asia-times" }],
    ["?from=2025-01&to=2025-12", { from: "2025-01", to: "2025-12" }],
    ["?from=2025-13&to=2025-1", {}],
    ["?from=2025-01-01", {}],
    // A period that ends before it starts keeps its start.
    ["?from=2025-06&to=2025-05", { from: "2025-06" }],
    ["?minScored=3", { minScored: 3 }],
    ["?minScored=0", { minScored: 0 }],
    // The default, a negative or fractional number, or too large a one, is left out.
    ["?minScored=5", {}],
    ["?minScored=-1", {}],
    ["?minScored=2.5", {}],
    ["?minScored=1000001", {}],
    ["?sort=hitRate&dir=desc", { sort: "hitRate", dir: "desc" }],
    ["?sort=adjustedBrier", { sort: "adjustedBrier" }],
    ["?sort=rank&dir=asc", {}],
    ["?sort=colour&dir=sideways", {}],
    ["?dir=desc", { dir: "desc" }],
    ["?tag=&cursor=50", {}],
  ])("%s", (query, expected) => {
    expect(scoreboardFiltersFromSearchParams(new URLSearchParams(query))).toEqual(expected);
  });

  it("reads Next's searchParams record, taking the first of repeated keys", () => {
    expect(scoreboardFiltersFromSearchParams({ tag: ["russia", "ukraine"], minScored: "2", sort: undefined })).toEqual({
      tag: "russia",
      minScored: 2,
    });
  });
});

describe("scoreboardQueryString", () => {
  it.each<[ScoreboardFilters, string]>([
    [{}, ""],
    [{ minScored: 5, sort: "rank", dir: "asc" }, ""],
    [{ sort: "name", dir: "desc", tag: "russia" }, "?tag=russia&sort=name&dir=desc"],
    [{ to: "2025-12", from: "2025-01", minScored: 0 }, "?from=2025-01&to=2025-12&minScored=0"],
    [{ outlet: "asia times" }, "?outlet=asia+times"],
  ])("%j -> %s", (filters, expected) => {
    expect(scoreboardQueryString(filters)).toBe(expected);
  });

  it("round-trips through the URL", () => {
    const filters: ScoreboardFilters = {
      tag: "russia",
      outlet: "asia-times",
      from: "2024-03",
      to: "2025-02",
      minScored: 2,
      sort: "logLoss",
      dir: "desc",
    };
    expect(scoreboardFiltersFromSearchParams(new URLSearchParams(scoreboardQueryString(filters)))).toEqual(filters);
  });
});

describe("hasScoreboardFilters", () => {
  it.each<[ScoreboardFilters, boolean]>([
    [{}, false],
    [{ sort: "name", dir: "desc" }, false],
    [{ minScored: 5 }, false],
    [{ minScored: 0 }, true],
    [{ tag: "russia" }, true],
    [{ to: "2025-12" }, true],
  ])("%j -> %s", (filters, expected) => {
    expect(hasScoreboardFilters(filters)).toBe(expected);
  });
});

describe("orderOf", () => {
  it("keeps the sort and drops the filters", () => {
    expect(orderOf({ tag: "russia", minScored: 2, sort: "name", dir: "desc" })).toEqual({ sort: "name", dir: "desc" });
    expect(orderOf({ tag: "russia" })).toEqual({});
  });
});

describe("withSort", () => {
  it.each<[ScoreboardFilters, Parameters<typeof withSort>[1], ScoreboardFilters]>([
    // Another column: best first (low scores ascending, hit rate and counts descending).
    [{}, "brier", { sort: "brier" }],
    [{}, "hitRate", { sort: "hitRate", dir: "desc" }],
    [{}, "scored", { sort: "scored", dir: "desc" }],
    [{ sort: "hitRate", dir: "desc" }, "name", { sort: "name" }],
    // The same column: the other way.
    [{ sort: "name" }, "name", { sort: "name", dir: "desc" }],
    [{ sort: "name", dir: "desc" }, "name", { sort: "name" }],
    [{}, "rank", { dir: "desc" }],
    [{ dir: "desc" }, "rank", {}],
    // The filters stay.
    [{ tag: "russia", minScored: 2 }, "logLoss", { tag: "russia", minScored: 2, sort: "logLoss" }],
  ])("%j, click %s -> %j", (filters, column, expected) => {
    expect(withSort(filters, column)).toEqual(expected);
  });

  it("fills in the default order", () => {
    expect(currentOrder({})).toEqual({ sort: "rank", dir: "asc" });
    expect(currentOrder({ sort: "brier", dir: "desc" })).toEqual({ sort: "brier", dir: "desc" });
  });
});

describe("periods", () => {
  it.each<[ScoreboardFilters, string]>([
    [{}, "all"],
    [{ from: "2025-01", to: "2025-12" }, "2025"],
    [{ from: "2025-01", to: "2025-06" }, "custom"],
    [{ from: "2025-01" }, "custom"],
    [{ to: "2025-12" }, "custom"],
  ])("%j is %s", (filters, expected) => {
    expect(periodChoice(filters)).toBe(expected);
  });

  it("sets a whole year, or clears the period for all time, keeping the rest", () => {
    expect(withPeriod({ tag: "russia", from: "2024-03" }, "2025")).toEqual({
      tag: "russia",
      from: "2025-01",
      to: "2025-12",
    });
    expect(withPeriod({ tag: "russia", from: "2025-01", to: "2025-12" }, "all")).toEqual({ tag: "russia" });
  });

  it("says when the period ends before it starts", () => {
    expect(periodProblem("2025-06", "2025-05")).toBe("“To” must be the same month as “From” or later");
    expect(periodProblem("2025-06", "2025-06")).toBeNull();
    expect(periodProblem(undefined, "2025-05")).toBeNull();
  });
});

describe("parseMinScored", () => {
  it.each<[string, number | null]>([
    ["3", 3],
    [" 12 ", 12],
    ["0", 0],
    ["", null],
    ["-1", null],
    ["1.5", null],
    ["1e3", null],
    ["1000000", 1_000_000],
    ["1000001", null],
  ])("%j -> %s", (text, expected) => {
    expect(parseMinScored(text)).toBe(expected);
  });
});
