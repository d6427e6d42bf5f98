import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLogInput, articlePrediction, predictionInput, sampleArticle } from "@hindsight/db/testing";
import { extractPredictions, MAX_ARTICLE_CHARACTERS, type LogArticleFormValues } from "@hindsight/domain";
import { cached } from "../cache";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "../test/harness";

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_extract");
});
afterAll(async () => {
  await api.database.drop();
});

/** A submission whose URL no other test uses, so that each test makes its own source. */
const freshArticle = (name: string, overrides: Partial<LogArticleFormValues> = {}): LogArticleFormValues => {
  const input = articleLogInput(overrides);
  return { ...input, source: { ...input.source, url: `https://example.org/articles/${name}`, ...overrides.source } };
};

describe("extract.run", () => {
  it("refuses anonymous callers and viewers", async () => {
    await expect(api.anonymous.extract.run({ text: sampleArticle })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.viewer.extract.run({ text: sampleArticle })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("returns the extractor's result, with the publication date, format and byline passed on", async () => {
    const result = await api.editor.extract.run({
      text: sampleArticle,
      publishedAt: "2025-04-25",
      format: "text",
      authors: ["Mara Quill"],
    });
    expect(result).toEqual(
      extractPredictions(sampleArticle, {
        publishedAt: new Date("2025-04-25T00:00:00Z"),
        format: "text",
        authors: ["Mara Quill"],
      }),
    );
    // The contract the page relies on to highlight: every quote is where its offsets say.
    for (const candidate of result.candidates) {
      expect(result.text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
    }
  });

  it("hands HTML to the extractor as HTML", async () => {
    const html = `<html><body><p>By Mara Quill</p><p>${sampleArticle.split("\n\n")[1]}</p></body></html>`;
    const result = await api.editor.extract.run({ text: html, format: "html" });
    expect(result).toEqual(extractPredictions(html, { format: "html" }));
  });

  it.each([
    ["an empty article", { text: " \n\t " }, "The article is empty: paste its text or choose a file"],
    [
      "an article over the size limit",
      { text: "a".repeat(MAX_ARTICLE_CHARACTERS + 1) },
      "The article is longer than 1,000,000 characters; paste the article's own text, without the rest of the page",
    ],
  ])("refuses %s with BAD_REQUEST and a message at text", async (_, input, message) => {
    const shape = await clientError(() => api.editor.extract.run(input));
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors).toEqual({ text: message });
  });

  it("accepts an article right at the size limit", async () => {
    const text = `${sampleArticle}\n\n`.repeat(MAX_ARTICLE_CHARACTERS / 100).slice(0, MAX_ARTICLE_CHARACTERS);
    const result = await api.editor.extract.run({ text });
    expect(result.text).toHaveLength(MAX_ARTICLE_CHARACTERS);
  });
});

describe("extract.log", () => {
  it("refuses anonymous callers and viewers, writing nothing", async () => {
    const before = await rowCounts(api.database);
    await expect(api.anonymous.extract.log(freshArticle("anonymous"))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.viewer.extract.log(freshArticle("viewer"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("logs every prediction under one new source, with the probabilities as given", async () => {
    const before = await rowCounts(api.database);
    const input = freshArticle("one-source");
    const result = await api.editor.extract.log(input);

    expect(result.source).toMatchObject({ title: "The ceasefire and the rates", created: true });
    expect(result.predictions).toHaveLength(2);
    expect(result.predictions.map((prediction) => prediction.source?.id)).toEqual([result.source.id, result.source.id]);
    expect(await rowCounts(api.database)).toEqual({
      ...before,
      sources: before.sources + 1,
      analysts: before.analysts + 2,
      predictions: before.predictions + 2,
      tags: before.tags + 1,
      predictionTags: before.predictionTags + 1,
      // Two predictions and the new source, each audited.
      audit: before.audit + 3,
    });

    const source = await api.database.db.source.findUniqueOrThrow({
      where: { id: result.source.id },
      select: { title: true, outlet: true, url: true, publishedAt: true, authors: true, text: true },
    });
    expect(source).toEqual({
      title: "The ceasefire and the rates",
      outlet: "The Test Gazette",
      url: "https://example.org/articles/one-source",
      publishedAt: new Date("2025-04-25T00:00:00Z"),
      authors: ["Mara Quill"],
      text: sampleArticle,
    });

    const rows = await api.database.db.prediction.findMany({
      where: { sourceId: result.source.id },
      orderBy: { quoteStart: "asc" },
      select: {
        claim: true,
        quote: true,
        quoteStart: true,
        quoteEnd: true,
        madeAt: true,
        resolveBy: true,
        probability: true,
        probabilitySource: true,
        hedge: true,
        probabilityLow: true,
        probabilityHigh: true,
        createdById: true,
        analyst: { select: { name: true } },
      },
    });
    const [hedged, estimated] = input.predictions;
    expect(rows).toEqual([
      {
        claim: "The ceasefire collapses before the end of 2025",
        quote: hedged!.quote,
        quoteStart: hedged!.quoteStart,
        quoteEnd: hedged!.quoteEnd,
        madeAt: new Date("2025-04-25T00:00:00Z"),
        resolveBy: new Date("2025-12-31T00:00:00Z"),
        probability: 0.95,
        probabilitySource: "HEDGE",
        hedge: "will",
        probabilityLow: 0.95,
        probabilityHigh: 1,
        createdById: api.actors.editor.userId,
        analyst: { name: "Victor Hale" },
      },
      {
        claim: "Inflation eases by June 2026",
        quote: estimated!.quote,
        quoteStart: estimated!.quoteStart,
        quoteEnd: estimated!.quoteEnd,
        madeAt: new Date("2025-04-25T00:00:00Z"),
        resolveBy: null,
        probability: 0.4,
        probabilitySource: "ESTIMATE",
        hedge: null,
        probabilityLow: null,
        probabilityHigh: null,
        createdById: api.actors.editor.userId,
        analyst: { name: "Mara Quill" },
      },
    ]);
    for (const row of rows) expect(sampleArticle.slice(row.quoteStart!, row.quoteEnd!)).toBe(row.quote);

    // Audited as single logging audits, and counted in the analysts' score cells.
    const detail = await api.anonymous.prediction.byId({ id: result.predictions[0]!.id });
    expect(detail.history).toEqual([
      expect.objectContaining({
        action: "prediction.create",
        actor: expect.objectContaining({ name: "Edith Editor" }),
      }),
    ]);
    const cells = await api.database.db.scoreCell.findMany({
      where: { grain: "all", analyst: { name: { in: ["Victor Hale", "Mara Quill"] } } },
      select: { predictions: true },
    });
    expect(cells.map((cell) => cell.predictions).sort()).toEqual([1, 1]);
  });

  it("reuses analysts by name and the source already logged for the URL", async () => {
    const first = await api.editor.extract.log(freshArticle("reused"));
    const before = await rowCounts(api.database);
    const again = await api.editor.extract.log(
      freshArticle("reused", {
        predictions: [
          articlePrediction(
            "The central bank is unlikely to cut interest rates in March, whatever the markets expect",
            {
              analyst: { mode: "new", name: "mara quill" },
              claim: "The central bank does not cut rates in March 2026",
              probability: 0.2,
              probabilitySource: "HEDGE",
              hedge: "unlikely",
              interval: [0.1, 0.25],
            },
          ),
        ],
      }),
    );
    expect(again.source).toEqual({ ...first.source, created: false });
    expect(again.predictions[0]?.analyst.name).toBe("Mara Quill");
    expect(await rowCounts(api.database)).toEqual({
      ...before,
      predictions: before.predictions + 1,
      audit: before.audit + 1,
    });
  });

  it("fills in the text of a source first logged by URL alone", async () => {
    const url = "https://example.org/articles/logged-by-hand";
    await api.editor.prediction.create(
      predictionInput({ source: { title: "Logged by hand", publishedAt: "2025-04-25", url } }),
    );
    const result = await api.editor.extract.log(
      freshArticle("logged-by-hand", { source: { ...articleLogInput().source, url } }),
    );
    expect(result.source.created).toBe(false);
    const source = await api.database.db.source.findUniqueOrThrow({
      where: { url },
      select: { title: true, text: true, authors: true },
    });
    expect(source).toEqual({ title: "Logged by hand", text: sampleArticle, authors: ["Mara Quill"] });
    const offsets = await api.database.db.prediction.findFirstOrThrow({
      where: { id: result.predictions[0]!.id },
      select: { quoteStart: true },
    });
    expect(offsets.quoteStart).not.toBeNull();
  });

  it.each([
    [
      "a probability out of range",
      (input: LogArticleFormValues) => ({
        ...input,
        predictions: [
          input.predictions[0]!,
          input.predictions[1]!,
          articlePrediction(
            "The central bank is unlikely to cut interest rates in March, whatever the markets expect",
            {
              probability: 1.4,
            },
          ),
        ],
      }),
      "predictions[2].probability",
      "Probability must be between 0 and 1",
    ],
    [
      "a deadline before the publication date",
      (input: LogArticleFormValues) => ({
        ...input,
        predictions: [input.predictions[0]!, { ...input.predictions[1]!, resolveBy: "2024-01-01" }],
      }),
      "predictions[1].resolveBy",
      "Deadline must be on or after the date made",
    ],
    [
      "a quote that is not at its offsets",
      (input: LogArticleFormValues) => ({
        ...input,
        predictions: [input.predictions[0]!, { ...input.predictions[1]!, quoteStart: 0 }],
      }),
      "predictions[1].quote",
      "The quote is not at these offsets in the article's text",
    ],
    [
      "an analyst name the server cannot make a record of",
      (input: LogArticleFormValues) => ({
        ...input,
        predictions: [
          input.predictions[0]!,
          { ...input.predictions[1]!, analyst: { mode: "new" as const, name: "???" } },
        ],
      }),
      "predictions[1].analyst.name",
      "Use letters or digits in the name",
    ],
  ])("writes nothing when one item has %s, naming it by path", async (_, change, path, message) => {
    const before = await rowCounts(api.database);
    const shape = await clientError(() => api.editor.extract.log(change(freshArticle(`bad-${path}`))));
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors?.[path]).toBe(message);
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("refuses an empty list of predictions", async () => {
    const shape = await clientError(() => api.editor.extract.log(freshArticle("none", { predictions: [] })));
    expect(shape.data.fieldErrors).toEqual({ predictions: "Tick at least one prediction to log" });
  });
});

describe("extract and the read cache", () => {
  it("keeps cached reads through extract.run, which writes nothing, and drops them on extract.log", async () => {
    const owner = {};
    let loads = 0;
    const read = (): Promise<number> => cached(owner, "k", 60_000, () => Promise.resolve(++loads));
    expect(await read()).toBe(1);
    await api.editor.extract.run({ text: sampleArticle });
    expect(await read()).toBe(1);
    await api.editor.extract.log(freshArticle("cache-drop"));
    expect(await read()).toBe(2);
  });
});
