import { describe, expect, it } from "vitest";
import {
  hasQuestionFilters,
  isDue,
  questionFiltersFromSearchParams,
  questionListInput,
  questionsHref,
  type QuestionFilters,
} from "./question-options";

describe("questionFiltersFromSearchParams", () => {
  it.each<[string, QuestionFilters]>([
    ["", {}],
    ["?q=%22another+summit%22+-NATO", { q: '"another summit" -NATO' }],
    ["?status=due", { status: "DUE" }],
    ["?status=JUDGED&q=ceasefire", { q: "ceasefire", status: "JUDGED" }],
    ["?status=TRUE", {}],
    ["?q=++summit+++talks++", { q: "summit talks" }],
    [`?q=${"x".repeat(201)}`, {}],
    ["?cursor=abc&page=2", {}],
  ])("%s", (query, expected) => {
    expect(questionFiltersFromSearchParams(new URLSearchParams(query))).toEqual(expected);
  });

  it("reads Next's searchParams record, taking the first of repeated keys", () => {
    expect(questionFiltersFromSearchParams({ status: ["open", "due"], q: undefined })).toEqual({ status: "OPEN" });
  });
});

describe("questionsHref", () => {
  it("puts the search before the status and leaves blanks out", () => {
    expect(questionsHref({})).toBe("/questions");
    expect(questionsHref({ q: "  " })).toBe("/questions");
    expect(questionsHref({ status: "DUE", q: '"another summit" -NATO' })).toBe(
      "/questions?q=%22another+summit%22+-NATO&status=DUE",
    );
  });

  it("round-trips through the reader", () => {
    const filters: QuestionFilters = { q: "ceasefire by June", status: "OPEN" };
    const query = questionsHref(filters).split("?")[1];
    expect(questionFiltersFromSearchParams(new URLSearchParams(query))).toEqual(filters);
  });
});

describe("questionListInput", () => {
  it("sends the page size and only the filters that are set", () => {
    expect(questionListInput({})).toEqual({ limit: 20 });
    expect(questionListInput({ q: "summit", status: "JUDGED" })).toEqual({ limit: 20, q: "summit", status: "JUDGED" });
    expect(Object.keys(questionListInput({ q: undefined }))).toEqual(["limit"]);
  });

  it("tells filtered lists apart", () => {
    expect(hasQuestionFilters({})).toBe(false);
    expect(hasQuestionFilters({ status: "OPEN" })).toBe(true);
  });
});

describe("isDue", () => {
  const now = new Date("2026-01-15T12:00:00Z");
  it("is an open question whose deadline has passed", () => {
    expect(isDue({ outcome: null, resolveBy: new Date("2026-01-15T00:00:00Z") }, now)).toBe(true);
    expect(isDue({ outcome: null, resolveBy: new Date("2026-01-16T00:00:00Z") }, now)).toBe(false);
    expect(isDue({ outcome: null, resolveBy: null }, now)).toBe(false);
    expect(isDue({ outcome: "TRUE", resolveBy: new Date("2025-01-01T00:00:00Z") }, now)).toBe(false);
  });
});
