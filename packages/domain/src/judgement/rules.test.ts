import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { judgePredictionInput } from "../schemas/judgement";
import { checkJudgement, predictionStatus } from "./rules";

const now = new Date("2026-01-10T12:00:00Z");
const prediction = { id: "p1", version: 3, madeAt: new Date("2025-04-25T00:00:00Z"), outcome: null };
const judge = (change: Record<string, unknown> = {}) =>
  judgePredictionInput.parse({ predictionId: "p1", version: 3, outcome: "TRUE", resolvedAt: "2025-12-01", ...change });

const failure = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, issues: error.issues };
    throw error;
  }
  return null;
};

describe("judgePredictionInput", () => {
  it.each([
    [{ outcome: "PARTIAL" }, "credit", "Partial outcomes need a credit between 0 and 1"],
    [{ outcome: "TRUE", credit: 0.5 }, "credit", "Credit is only for PARTIAL outcomes"],
    [{ outcome: "PARTIAL", credit: 1.5 }, "credit", "Credit must be between 0 and 1"],
    [{ outcome: "MAYBE" }, "outcome", "Outcome must be one of TRUE, FALSE, PARTIAL, AMBIGUOUS, ANNULLED"],
    [{ outcome: "TRUE", resolvedAt: "" }, "resolvedAt", "Date decided is required"],
    [{ evidence: ["javascript:alert(1)"] }, "evidence.0", "Evidence link must be an http(s) URL"],
  ])("rejects %j", (change, path, message) => {
    const result = judgePredictionInput.safeParse({
      predictionId: "p1",
      version: 3,
      resolvedAt: "2025-12-01",
      ...change,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path.join(".") === path)?.message).toBe(message);
  });

  it("reads a reopening as outcome null with no date needed", () => {
    expect(judgePredictionInput.parse({ predictionId: "p1", version: 3, outcome: null })).toMatchObject({
      outcome: null,
      evidence: [],
    });
  });
});

describe("checkJudgement", () => {
  it("accepts a judgement made against the current version", () => {
    expect(failure(() => checkJudgement(prediction, judge(), now))).toBeNull();
  });

  it("refuses a stale version with CONFLICT naming both versions", () => {
    const result = failure(() => checkJudgement(prediction, judge({ version: 2 }), now));
    expect(result?.code).toBe("CONFLICT");
  });

  it("refuses a date decided in the future or before the prediction", () => {
    expect(failure(() => checkJudgement(prediction, judge({ resolvedAt: "2026-02-01" }), now))?.issues[0]?.path).toBe(
      "resolvedAt",
    );
    expect(failure(() => checkJudgement(prediction, judge({ resolvedAt: "2025-04-24" }), now))?.issues[0]?.path).toBe(
      "resolvedAt",
    );
    expect(failure(() => checkJudgement(prediction, judge({ resolvedAt: "2025-04-25" }), now))).toBeNull();
    // Already "tomorrow" in UTC is today somewhere east of it.
    expect(failure(() => checkJudgement(prediction, judge({ resolvedAt: "2026-01-11" }), now))).toBeNull();
  });

  it("refuses to reopen a prediction that is already open", () => {
    expect(failure(() => checkJudgement(prediction, judge({ outcome: null, resolvedAt: undefined }), now))?.code).toBe(
      "CONFLICT",
    );
    expect(
      failure(() =>
        checkJudgement({ ...prediction, outcome: "TRUE" }, judge({ outcome: null, resolvedAt: undefined }), now),
      ),
    ).toBeNull();
  });
});

describe("predictionStatus", () => {
  it.each([
    [{ outcome: null, resolveBy: null }, "OPEN"],
    [{ outcome: null, resolveBy: new Date("2026-01-11") }, "OPEN"],
    [{ outcome: null, resolveBy: new Date("2026-01-09") }, "DUE"],
    [{ outcome: "FALSE" as const, resolveBy: new Date("2026-01-09") }, "FALSE"],
  ])("%j -> %s", (input, status) => {
    expect(predictionStatus(input, now)).toBe(status);
  });
});
