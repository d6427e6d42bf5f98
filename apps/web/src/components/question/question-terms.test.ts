import { describe, expect, it } from "vitest";
import { questionTerms } from "./question-terms";

describe("questionTerms", () => {
  it("says the probability for the question, turned round when the prediction claims the opposite", () => {
    expect(questionTerms(0.7, false)).toBe("70% for");
    expect(questionTerms(0.8, true)).toBe("Claims the opposite: 80% against = 20% for");
    expect(questionTerms(0.125, true)).toBe("Claims the opposite: 12.5% against = 87.5% for");
  });
});
