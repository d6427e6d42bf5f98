import { describe, expect, it } from "vitest";
import { csvHeaderColumns, readLedger } from "./ledger/read";
import {
  inspectInput,
  isDateInRange,
  MAX_CSV_COLUMNS,
  MAX_JSON_DEPTH,
  MAX_LEDGER_CHARACTERS,
  textProblem,
} from "./limits";
import { date } from "./schemas/fields";

/** `levels` arrays nested in one another: [[[...]]]. */
const nested = (levels: number): unknown => {
  let value: unknown = "bottom";
  for (let level = 0; level < levels; level++) value = [value];
  return value;
};

describe("textProblem", () => {
  it.each([
    ["plain text", null],
    ["emoji 😀 are pairs", null],
    ["a NUL \u0000 inside", "may not contain the NUL character (U+0000)"],
    ["a lone high \uD800 surrogate", "is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)"],
    ["a lone low \uDC00 surrogate", "is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)"],
    ["reversed \uDE00\uD83D pair", "is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)"],
  ])("%j: %s", (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});

describe("inspectInput", () => {
  it("names each problem by its path", () => {
    expect(
      inspectInput({
        claim: "ok",
        source: { title: "a\u0000b" },
        predictions: [{ claim: "fine" }, { claim: "\uD800" }],
        probability: Number.POSITIVE_INFINITY,
      }),
    ).toEqual([
      { path: "source.title", message: "source.title may not contain the NUL character (U+0000)" },
      {
        path: "predictions[1].claim",
        message: "predictions[1].claim is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)",
      },
      { path: "probability", message: "probability must be a finite number" },
    ]);
  });

  it("refuses a field name with a NUL, a string longer than any field, and nesting past the limit", () => {
    expect(inspectInput({ "a\u0000": 1 })).toEqual([
      { path: "a\uFFFD", message: "the field name a\uFFFD may not contain the NUL character (U+0000)" },
    ]);
    expect(inspectInput({ q: "x".repeat(11) }, { maxCharacters: 10 })).toEqual([
      { path: "q", message: "q is longer than the 10 characters any field may hold" },
    ]);
    expect(inspectInput(nested(MAX_JSON_DEPTH))).toEqual([]);
    const deep = inspectInput(nested(MAX_JSON_DEPTH + 1));
    expect(deep).toHaveLength(1);
    expect(deep[0]?.message).toMatch(/is nested deeper than 32 levels$/);
  });

  it("walks a million levels without overflowing the stack", () => {
    expect(inspectInput({ a: nested(1_000_000) })).toHaveLength(1);
  });

  it("accepts dates, numbers, booleans and null", () => {
    expect(inspectInput({ at: new Date(), n: 1.5, b: true, nothing: null, list: [1, "two"] })).toEqual([]);
  });
});

describe("dates", () => {
  it.each([
    ["1000-01-01", true],
    ["9999-12-31", true],
    ["0999-12-31", false],
  ])("%s in range: %s", (text, inRange) => {
    expect(isDateInRange(new Date(`${text}T00:00:00Z`))).toBe(inRange);
  });

  it("a date field refuses the years PostgreSQL cannot hold or no ledger means, naming the field", () => {
    const madeAt = date("madeAt");
    for (const value of [new Date(Date.UTC(-5000, 0, 1)), new Date(Date.UTC(200_000, 0, 1)), new Date(8.64e15)]) {
      const result = madeAt.safeParse(value);
      expect(result.error?.issues[0]?.message).toBe("madeAt must be a date between the years 1000 and 9999");
    }
    for (const text of ["10000-01-01", "-5000-01-01", "2026-02-30", "+002026-01-01"]) {
      expect(madeAt.safeParse(text).error?.issues[0]?.message).toBe("madeAt must be a date (YYYY-MM-DD)");
    }
  });
});

describe("ledger files past the limits", () => {
  it("refuses a JSON ledger nested deeper than the limit, by path", () => {
    const text = `{"format":"hindsight/v1","analysts":[{"slug":"a","name":"A","x":${JSON.stringify(nested(40))}}]}`;
    const result = readLedger(text, "json");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]?.message).toMatch(/^analysts\[0\]\.x(\[0\])+ is nested deeper than 32 levels$/);
  });

  it("refuses escapes that spell a NUL or a lone surrogate, by path", () => {
    const text = '{"format":"hindsight/v1","analysts":[{"slug":"a","name":"A\\u0000","affiliation":"\\uD800"}]}';
    expect(readLedger(text, "json")).toEqual({
      ok: false,
      issues: [
        { path: "analysts[0].name", message: "analysts[0].name may not contain the NUL character (U+0000)" },
        {
          path: "analysts[0].affiliation",
          message: "analysts[0].affiliation is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)",
        },
      ],
    });
  });

  it("refuses a NUL in a CSV file at its line and column", () => {
    expect(readLedger("key,analyst\nk1,a\u0000b\n", "csv")).toEqual({
      ok: false,
      issues: [
        { path: "line 2, column 5", message: "the file holds a NUL character (U+0000), which no field may contain" },
      ],
    });
  });

  it("counts a CSV header's columns with quoting, and refuses more than the limit", () => {
    expect(csvHeaderColumns('\uFEFF\n\na,"b,c","d""e"\r\nx,y')).toBe(3);
    expect(csvHeaderColumns('a,"multi\nline",b\n1,2,3')).toBe(3);
    const header = Array.from({ length: MAX_CSV_COLUMNS + 1 }, (_, index) => `c${index}`).join(",");
    expect(readLedger(`${header}\n`, "csv")).toEqual({
      ok: false,
      issues: [{ path: "line 1", message: "the header has 201 columns; a ledger has at most 200" }],
    });
  });

  it("refuses a file longer than the largest import", () => {
    const result = readLedger(" ".repeat(MAX_LEDGER_CHARACTERS + 1), "csv");
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "file", message: "the file has 100,000,001 characters; at most 100,000,000 can be imported" }],
    });
  });
});
