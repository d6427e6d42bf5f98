import { describe, expect, it } from "vitest";
import {
  CREDIT_REQUIRED,
  checkJudgeForm,
  checkReopen,
  emptyJudgeForm,
  judgeFieldFor,
  readCredit,
  type JudgeFormValues,
} from "./judge-form-values";

const form = (values: Partial<JudgeFormValues>): JudgeFormValues => ({
  ...emptyJudgeForm(new Date("2026-01-15T23:30:00Z")),
  ...values,
});

describe("emptyJudgeForm", () => {
  it("dates the decision today in UTC, the server's calendar", () => {
    expect(emptyJudgeForm(new Date("2026-01-15T23:30:00Z"))).toEqual({
      outcome: "",
      credit: "",
      resolvedAt: "2026-01-15",
      note: "",
      evidence: [],
    });
  });
});

describe("checkJudgeForm", () => {
  it("asks for an outcome first, and never reads none as a reopening", () => {
    expect(checkJudgeForm(form({}))).toEqual({ ok: false, errors: [["outcome", "Choose an outcome"]] });
    expect(checkJudgeForm(form({ outcome: null }))).toEqual({ ok: false, errors: [["outcome", "Choose an outcome"]] });
  });

  it("turns the form into the API's fields, skipping blank link rows", () => {
    expect(
      checkJudgeForm(
        form({
          outcome: "FALSE",
          note: " The talks produced a framework agreement ",
          evidence: [{ url: "" }, { url: "https://example.com/framework" }, { url: "  " }],
        }),
      ),
    ).toEqual({
      ok: true,
      fields: {
        outcome: "FALSE",
        resolvedAt: new Date("2026-01-15T00:00:00Z"),
        note: "The talks produced a framework agreement",
        evidence: ["https://example.com/framework"],
      },
    });
  });

  it("sends the credit for PARTIAL only", () => {
    const partial = checkJudgeForm(form({ outcome: "PARTIAL", credit: "50" }));
    expect(partial.ok && partial.fields.credit).toBe(0.5);
    const whole = checkJudgeForm(form({ outcome: "TRUE", credit: "50" }));
    expect(whole.ok && whole.fields.credit).toBeUndefined();
    // Not meant, so not read: it cannot stop the judgement.
    expect(checkJudgeForm(form({ outcome: "TRUE", credit: "lots" })).ok).toBe(true);
  });

  it.each([
    ["50", 0.5],
    ["50%", 0.5],
    ["37.5 %", 0.375],
    ["0.5", 0.5],
    [".25", 0.25],
    ["100", 1],
    ["0", 0],
    ["1", 0.01],
  ])("reads the credit typed, %j, as %d", (typed, credit) => {
    expect(readCredit({ outcome: "PARTIAL", credit: typed })).toEqual({ credit, problem: null });
  });

  it.each<[Partial<JudgeFormValues>, [string, string][]]>([
    [{ outcome: "PARTIAL" }, [["credit", CREDIT_REQUIRED]]],
    [{ outcome: "PARTIAL", credit: "150" }, [["credit", "Credit must be between 0% and 100%, not “150”"]]],
    [
      { outcome: "PARTIAL", credit: "half" },
      [["credit", "Credit must be a percentage such as 60% or a fraction such as 0.6, not “half”"]],
    ],
    [
      { outcome: "PARTIAL", credit: "-10%", resolvedAt: "" },
      [
        ["credit", "Credit must be between 0% and 100%, not “-10%”"],
        ["resolvedAt", "Date decided is required"],
      ],
    ],
    [{ outcome: "TRUE", resolvedAt: "" }, [["resolvedAt", "Date decided is required"]]],
    [{ outcome: "TRUE", resolvedAt: "2026-02-30" }, [["resolvedAt", "Date decided must be a date (YYYY-MM-DD)"]]],
    [
      { outcome: "AMBIGUOUS", evidence: [{ url: "" }, { url: "javascript:alert(1)" }] },
      [["evidence.1.url", "Evidence link must be an http(s) URL"]],
    ],
  ])("%j -> %j", (values, errors) => {
    expect(checkJudgeForm(form(values))).toEqual({ ok: false, errors });
  });
});

describe("judgeFieldFor", () => {
  const values = form({ evidence: [{ url: "" }, { url: "https://a.example" }, { url: "https://b.example" }] });
  it.each([
    ["credit", "credit"],
    ["evidence[0]", "evidence.1.url"],
    ["evidence[1]", "evidence.2.url"],
    ["evidence[7]", "evidence"],
    ["evidence", "evidence"],
    ["predictionId", null],
  ])("%s -> %s", (path, expected) => {
    expect(judgeFieldFor(path, values)).toBe(expected);
  });
});

describe("checkReopen", () => {
  it("asks why", () => {
    expect(checkReopen("  ")).toEqual({ ok: false, error: "Say why the prediction is reopened" });
  });
  it("withdraws the outcome with the note", () => {
    expect(checkReopen("Disputed by new evidence")).toEqual({
      ok: true,
      fields: { outcome: null, note: "Disputed by new evidence", evidence: [] },
    });
  });
});
