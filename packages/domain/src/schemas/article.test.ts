import { describe, expect, it } from "vitest";
import { formatIssuePath } from "../ledger/schema";
import { MAX_ARTICLE_CHARACTERS } from "../limits";
import { extractArticleInput, logArticleInput } from "./article";

const article = "Ann Analyst\nThe talks will fail. Prices may rise by the end of the year.";

const valid = {
  source: {
    title: "The talks",
    outlet: "The Gazette",
    url: "",
    publishedAt: "2025-04-25",
    authors: ["Ann Analyst"],
    text: article,
  },
  predictions: [
    {
      analyst: { mode: "new", name: "Ann Analyst" },
      quote: "The talks will fail.",
      quoteStart: 12,
      quoteEnd: 32,
      claim: "The talks fail",
      probability: 0.95,
      probabilitySource: "HEDGE",
      hedge: "will",
      interval: [0.9, 0.99],
      tags: ["Diplomacy"],
    },
    {
      analyst: { mode: "new", name: "Ann Analyst" },
      quote: "Prices may rise by the end of the year.",
      quoteStart: 33,
      quoteEnd: 72,
      claim: "Prices rise by the end of 2025",
      resolveBy: "2025-12-31",
      probability: "0.4",
      probabilitySource: "ESTIMATE",
    },
  ],
};

const fieldErrors = (input: unknown) => {
  const result = logArticleInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [formatIssuePath(issue.path), issue.message]));
};

const withPrediction = (index: number, change: Record<string, unknown>) => ({
  ...valid,
  predictions: valid.predictions.map((prediction, at) => (at === index ? { ...prediction, ...change } : prediction)),
});

describe("extractArticleInput", () => {
  it("accepts text with an optional date, format and byline", () => {
    const parsed = extractArticleInput.parse({ text: article, publishedAt: "2025-04-25", format: "text" });
    expect(parsed.publishedAt?.toISOString()).toBe("2025-04-25T00:00:00.000Z");
    expect(extractArticleInput.parse({ text: "<p>It will rain.</p>", format: "html", publishedAt: "" })).toEqual({
      text: "<p>It will rain.</p>",
      format: "html",
    });
  });

  it.each([
    [{ text: "  \n " }, "text", "The article is empty: paste its text or choose a file"],
    [{ text: "x".repeat(MAX_ARTICLE_CHARACTERS + 1) }, "text", expect.stringContaining("longer than 1,000,000")],
    [{ text: article, format: "pdf" }, "format", "format must be one of text, html"],
    [{ text: article, publishedAt: "yesterday" }, "publishedAt", "Publication date must be a date (YYYY-MM-DD)"],
  ])("refuses %# with a message at its field", (input, path, message) => {
    const result = extractArticleInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(
      Object.fromEntries(result.error!.issues.map((issue) => [formatIssuePath(issue.path), issue.message])),
    ).toEqual({ [path]: message });
  });
});

describe("logArticleInput", () => {
  it("accepts the kept candidates and reads them as createPredictionInput would", () => {
    const parsed = logArticleInput.parse(valid);
    expect(parsed.source.publishedAt.toISOString()).toBe("2025-04-25T00:00:00.000Z");
    expect(parsed.source.url).toBeUndefined();
    expect(parsed.predictions[0]).toMatchObject({
      probabilitySource: "HEDGE",
      tags: ["diplomacy"],
      conditional: false,
    });
    expect(parsed.predictions[1]).toMatchObject({ probability: 0.4, tags: [] });
  });

  it.each([
    [withPrediction(1, { probability: 1.5 }), "predictions[1].probability", "Probability must be between 0 and 1"],
    [withPrediction(0, { claim: " " }), "predictions[0].claim", "Claim is required"],
    [
      withPrediction(1, { resolveBy: "2025-01-01" }),
      "predictions[1].resolveBy",
      "Deadline must be on or after the date made",
    ],
    [withPrediction(0, { probability: 0.5 }), "predictions[0].interval", "The interval must contain the probability"],
    [
      withPrediction(0, { condition: "If it rains" }),
      "predictions[0].condition",
      "A condition needs the conditional box ticked",
    ],
    [
      withPrediction(1, { quoteStart: 0 }),
      "predictions[1].quote",
      "The quote is not at these offsets in the article's text",
    ],
    [
      withPrediction(1, { quoteEnd: undefined }),
      "predictions[1].quoteEnd",
      "Give both offsets of the quote, the end after the start",
    ],
    [
      { ...valid, source: { ...valid.source, text: "" } },
      "predictions[0].quoteStart",
      "Offsets need the article's text",
    ],
    [{ ...valid, predictions: [] }, "predictions", "Tick at least one prediction to log"],
    [{ ...valid, source: { ...valid.source, title: "" } }, "source.title", "Source title is required"],
  ])("refuses %# naming the field by its path", (input, path, message) => {
    expect(fieldErrors(input)[path]).toBe(message);
  });
});
