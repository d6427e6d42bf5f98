import { describe, expect, it } from "vitest";
import { CREDIT_REQUIRED, emptyJudgeForm, type JudgeFormValues } from "@/components/prediction/judge-form-values";
import { checkQuestionJudgeForm, checkQuestionReopen } from "./question-judge-values";

const form = (values: Partial<JudgeFormValues>): JudgeFormValues => ({
  ...emptyJudgeForm(new Date("2026-01-15T23:30:00Z")),
  ...values,
});

describe("checkQuestionJudgeForm", () => {
  it("asks for an outcome first, and never reads none as a reopening", () => {
    expect(checkQuestionJudgeForm(form({}))).toEqual({ ok: false, errors: [["outcome", "Choose an outcome"]] });
    expect(checkQuestionJudgeForm(form({ outcome: null }))).toEqual({
      ok: false,
      errors: [["outcome", "Choose an outcome"]],
    });
  });

  it("turns the form into the API's fields, skipping blank link rows and a credit not meant", () => {
    expect(
      checkQuestionJudgeForm(
        form({
          outcome: "TRUE",
          credit: "40",
          note: " They met in Hanoi ",
          evidence: [{ url: " " }, { url: "https://example.com/hanoi" }],
        }),
      ),
    ).toEqual({
      ok: true,
      fields: {
        outcome: "TRUE",
        resolvedAt: new Date("2026-01-15T00:00:00Z"),
        note: "They met in Hanoi",
        evidence: ["https://example.com/hanoi"],
      },
    });
  });

  it.each(["25", "25%", "0.25"])("sends the credit for PARTIAL, %j as 0.25", (credit) => {
    const partial = checkQuestionJudgeForm(form({ outcome: "PARTIAL", credit }));
    expect(partial.ok && partial.fields.credit).toBe(0.25);
  });

  it.each<[Partial<JudgeFormValues>, [string, string][]]>([
    [{ outcome: "PARTIAL" }, [["credit", CREDIT_REQUIRED]]],
    [{ outcome: "PARTIAL", credit: "200" }, [["credit", "Credit must be between 0% and 100%, not “200”"]]],
    [{ outcome: "FALSE", resolvedAt: "" }, [["resolvedAt", "Date decided is required"]]],
    [
      { outcome: "AMBIGUOUS", evidence: [{ url: "" }, { url: "ftp://example.com/x" }] },
      [["evidence.1.url", "Evidence link must be an http(s) URL"]],
    ],
  ])("puts each problem on its field: %o", (values, errors) => {
    expect(checkQuestionJudgeForm(form(values))).toEqual({ ok: false, errors });
  });
});

describe("checkQuestionReopen", () => {
  it("asks why, and sends no outcome", () => {
    expect(checkQuestionReopen("  ")).toEqual({ ok: false, error: "Say why the question is reopened" });
    expect(checkQuestionReopen("Called too early")).toEqual({
      ok: true,
      fields: { outcome: null, note: "Called too early", evidence: [] },
    });
  });
});
