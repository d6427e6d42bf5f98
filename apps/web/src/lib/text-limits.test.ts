import {
  createPredictionInput,
  createQuestionInput,
  judgementFields,
  updatePredictionInput,
  updateQuestionInput,
} from "@hindsight/domain";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { countAnnouncement, countLevel, textLimitFor, textLimits } from "./text-limits";

// Each form field's limit against the schema the server checks it with: the last length accepted
// is the limit, one more is refused.
const schemas: [string, z.ZodType, number][] = [
  ["prediction claim", createPredictionInput.shape.claim, textLimits.claim],
  ["prediction quote", createPredictionInput.shape.quote, textLimits.quote],
  ["prediction criteria", createPredictionInput.shape.criteria, textLimits.criteria],
  ["prediction condition", createPredictionInput.shape.condition, textLimits.condition],
  ["edited claim", updatePredictionInput.shape.claim, textLimits.claim],
  ["edited quote", updatePredictionInput.shape.quote, textLimits.quote],
  ["edited criteria", updatePredictionInput.shape.criteria, textLimits.criteria],
  ["judgement note", judgementFields.note, textLimits.note],
  ["question title", createQuestionInput.shape.title, textLimits.title],
  ["question criteria", createQuestionInput.shape.criteria, textLimits.criteria],
  ["edited question title", updateQuestionInput.shape.title, textLimits.title],
  ["edited question criteria", updateQuestionInput.shape.criteria, textLimits.criteria],
];

describe("textLimits", () => {
  it.each(schemas)("%s: the schema takes exactly the limit", (_, schema, limit) => {
    expect(schema.safeParse("x".repeat(limit)).success).toBe(true);
    expect(schema.safeParse("x".repeat(limit + 1)).success).toBe(false);
  });
});

describe("textLimitFor", () => {
  it.each([
    ["claim", 1000],
    ["cards.3.claim", 1000],
    ["quote", 5000],
    ["note", 5000],
    ["criteria", 2000],
    ["title", 500],
    ["analyst.name", undefined],
    ["constructor", undefined],
    [undefined, undefined],
  ])("%s -> %s", (name, expected) => {
    expect(textLimitFor(name)).toBe(expected);
  });
});

describe("countLevel and countAnnouncement", () => {
  it.each([
    [0, 1000, "fine", ""],
    [899, 1000, "fine", ""],
    [900, 1000, "near", "100 characters left"],
    [999, 1000, "near", "1 character left"],
    [1000, 1000, "near", "0 characters left"],
    [1001, 1000, "over", "1 character too many: the limit is 1000"],
    [5000, 1000, "over", "4000 characters too many: the limit is 1000"],
  ])("%i of %i is %s", (count, limit, level, announcement) => {
    expect(countLevel(count, limit)).toBe(level);
    expect(countAnnouncement(count, limit)).toBe(announcement);
  });
});
