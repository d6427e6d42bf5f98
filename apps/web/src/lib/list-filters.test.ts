import { describe, expect, it } from "vitest";
import {
  dateRangeProblem,
  filtersFromSearchParams,
  filtersToQueryString,
  hasFilters,
  withFilter,
  type ListFilters,
} from "./list-filters";

describe("filtersFromSearchParams", () => {
  it.each<[string, ListFilters]>([
    ["", {}],
    ["?analyst=tereza-novotna&tag=russia", { analyst: "tereza-novotna", tag: "russia" }],
    ["?outlet=Asia+Times&q=%22another+summit%22+-NATO", { outlet: "Asia Times", q: '"another summit" -NATO' }],
    ["?status=due", { status: "DUE" }],
    ["?status=WHATEVER", {}],
    ["?madeFrom=2025-01-01&madeTo=2025-12-31", { madeFrom: "2025-01-01", madeTo: "2025-12-31" }],
    ["?madeFrom=2025-02-30", {}],
    ["?madeFrom=yesterday&madeTo=2025-12-31", { madeTo: "2025-12-31" }],
    ["?madeFrom=2025-05-01&madeTo=2025-04-01", { madeFrom: "2025-05-01" }],
    ["?q=++summit+++talks++&tag=", { q: "summit talks" }],
    [`?q=${"x".repeat(201)}`, {}],
    ["?page=2&cursor=abc", {}],
  ])("%s", (query, expected) => {
    expect(filtersFromSearchParams(new URLSearchParams(query))).toEqual(expected);
  });

  it("reads Next's searchParams record, taking the first of repeated keys", () => {
    expect(filtersFromSearchParams({ tag: ["russia", "ukraine"], status: "OPEN", analyst: undefined })).toEqual({
      tag: "russia",
      status: "OPEN",
    });
  });
});

describe("filtersToQueryString", () => {
  it.each<[ListFilters, string]>([
    [{}, ""],
    [{ tag: " " }, ""],
    [{ status: "DUE", q: "summit" }, "?q=summit&status=DUE"],
    [
      { outlet: "Asia Times", madeTo: "2025-12-31", madeFrom: "2025-01-01" },
      "?outlet=Asia+Times&madeFrom=2025-01-01&madeTo=2025-12-31",
    ],
  ])("%j -> %s", (filters, expected) => {
    expect(filtersToQueryString(filters)).toBe(expected);
  });

  it("round-trips through the URL", () => {
    const filters: ListFilters = { q: "trump & putin", analyst: "victor-cha", status: "FALSE", madeFrom: "2025-04-25" };
    expect(filtersFromSearchParams(new URLSearchParams(filtersToQueryString(filters)))).toEqual(filters);
  });
});

describe("withFilter and hasFilters", () => {
  it("sets, replaces and removes one filter", () => {
    const start: ListFilters = { tag: "russia" };
    expect(withFilter(start, "status", "OPEN")).toEqual({ tag: "russia", status: "OPEN" });
    expect(withFilter(start, "tag", "ukraine")).toEqual({ tag: "ukraine" });
    expect(withFilter(start, "tag", "")).toEqual({});
    expect(start).toEqual({ tag: "russia" });
  });

  it.each<[ListFilters, boolean]>([
    [{}, false],
    [{ q: "" }, false],
    [{ q: "summit" }, true],
  ])("%j -> %s", (filters, expected) => {
    expect(hasFilters(filters)).toBe(expected);
  });
});

describe("dateRangeProblem", () => {
  it.each([
    [undefined, undefined, null],
    ["2025-01-01", undefined, null],
    ["2025-01-01", "2025-01-01", null],
    ["2025-02-01", "2025-01-31", "“To” must be on or after “From”"],
  ])("%s..%s", (from, to, expected) => {
    expect(dateRangeProblem(from, to)).toBe(expected);
  });
});
