import { describe, expect, it } from "vitest";
import {
  checkCreateQuestion,
  checkQuestionEdit,
  emptyQuestionForm,
  questionFormFromPrediction,
  questionFormFromQuestion,
} from "./question-form-values";

const question = {
  key: "q-summit",
  version: 3,
  title: "Another Trump-Kim summit by the end of 2026",
  criteria: "A meeting in person, announced by both sides",
  resolveBy: new Date("2026-12-31T00:00:00Z"),
};

describe("questionFormFromPrediction", () => {
  it("starts from the claim, the criteria and the deadline", () => {
    expect(
      questionFormFromPrediction({
        claim: "  Trump and Kim   meet again before 2027 ",
        criteria: null,
        resolveBy: new Date("2026-12-31T00:00:00Z"),
      }),
    ).toEqual({ title: "Trump and Kim meet again before 2027", criteria: "", resolveBy: "2026-12-31" });
  });

  it("cuts a claim too long for a title at a word", () => {
    const claim = `${"word ".repeat(150)}end`;
    const { title } = questionFormFromPrediction({ claim, criteria: "c", resolveBy: null });
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.endsWith("word…")).toBe(true);
  });
});

describe("checkCreateQuestion", () => {
  it("asks for a title", () => {
    expect(checkCreateQuestion(emptyQuestionForm())).toEqual({ ok: false, errors: [["title", "Title is required"]] });
  });

  it("leaves blank criteria and deadline out, and reads the deadline as a UTC date", () => {
    expect(checkCreateQuestion({ title: " A summit ", criteria: " ", resolveBy: "" })).toEqual({
      ok: true,
      fields: { title: "A summit", criteria: undefined, resolveBy: undefined },
    });
    const dated = checkCreateQuestion({ title: "A summit", criteria: "In person", resolveBy: "2026-06-30" });
    expect(dated).toEqual({
      ok: true,
      fields: { title: "A summit", criteria: "In person", resolveBy: new Date("2026-06-30T00:00:00Z") },
    });
  });

  it("refuses an impossible deadline on its field", () => {
    expect(checkCreateQuestion({ title: "A summit", criteria: "", resolveBy: "2026-02-30" })).toEqual({
      ok: false,
      errors: [["resolveBy", "Deadline must be a date (YYYY-MM-DD)"]],
    });
  });
});

describe("checkQuestionEdit", () => {
  it("sends nothing when nothing changed", () => {
    expect(checkQuestionEdit(question, questionFormFromQuestion(question))).toEqual({
      ok: true,
      changes: {},
      changed: [],
    });
  });

  it("sends only what changed, a cleared field as null", () => {
    const result = checkQuestionEdit(question, {
      title: question.title,
      criteria: "",
      resolveBy: "2027-03-31",
    });
    expect(result).toEqual({
      ok: true,
      changes: { criteria: null, resolveBy: new Date("2027-03-31T00:00:00Z") },
      changed: ["criteria", "resolveBy"],
    });
  });

  it("puts problems on their fields", () => {
    expect(checkQuestionEdit(question, { title: " ", criteria: "x".repeat(2001), resolveBy: "" })).toEqual({
      ok: false,
      errors: [
        ["title", "Title is required"],
        ["criteria", "Resolution criteria must be at most 2000 characters"],
      ],
    });
  });
});
