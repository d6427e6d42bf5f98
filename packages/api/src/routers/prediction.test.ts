import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import type { CreatePredictionFormValues } from "@hindsight/domain";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "../test/harness";

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_prediction");
});
afterAll(async () => {
  await api.database.drop();
});

describe("prediction.create and prediction.list", () => {
  it("logs a prediction with a new analyst, source and tags, and lists it first", async () => {
    const created = await api.editor.prediction.create(predictionInput());
    expect(created).toMatchObject({
      claim: "The Trump-Putin talks end without a substantive agreement",
      probability: 0.95,
      probabilitySource: "STATED",
      outcome: null,
      version: 1,
      analyst: { slug: "tereza-novotna", name: "Tereza Novotna" },
      source: { outlet: "Asia Times" },
      tags: ["diplomacy", "russia"],
    });
    expect(created.resolveBy?.toISOString()).toBe("2025-12-31T00:00:00.000Z");
    const page = await api.anonymous.prediction.list({ limit: 20 });
    expect(page.items[0]?.id).toBe(created.id);
    const detail = await api.anonymous.prediction.byId({ id: created.id });
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ action: "prediction.create", actor: { name: "Edith Editor" } });
  });

  it("reuses the analyst, the source with the same URL and the tags", async () => {
    const before = await rowCounts(api.database);
    await api.editor.prediction.create(
      predictionInput({ claim: "Russia consolidates its control over eastern Ukraine", probability: 0.4 }),
    );
    const after = await rowCounts(api.database);
    expect(after).toEqual({
      ...before,
      predictions: before.predictions + 1,
      predictionTags: before.predictionTags + 2,
      audit: before.audit + 1,
    });
  });

  it("picks an existing analyst by id", async () => {
    const [analyst] = await api.anonymous.analyst.search({ query: "novot" });
    expect(analyst?.name).toBe("Tereza Novotna");
    // The search is literal: LIKE's wildcards match no name here, not every name.
    for (const query of ["%", "_", "novot%"]) expect(await api.anonymous.analyst.search({ query })).toEqual([]);
    const created = await api.editor.prediction.create(
      predictionInput({ analyst: { mode: "existing", id: analyst!.id }, source: undefined }),
    );
    expect(created.analyst.id).toBe(analyst!.id);
    expect(created.source).toBeNull();
  });

  it("finds the source already logged for a URL", async () => {
    const url = "https://asiatimes.com/2025/04/what-trumps-north-korea-diplomacy-says-about-his-russia-strategy/";
    const found = await api.anonymous.source.byUrl({ url });
    expect(found?.title).toBe("What Trump's North Korea diplomacy says about his Russia strategy");
    expect(await api.anonymous.source.byUrl({ url: "https://example.com/unknown" })).toBeNull();
  });

  it.each([
    [{ probability: 1.5 }, "probability", "Probability must be between 0 and 1"],
    [{ claim: "" }, "claim", "Claim is required"],
    [{ resolveBy: "2020-01-01" }, "resolveBy", "Deadline must be on or after the date made"],
    [
      { source: { title: "T", publishedAt: "2025-01-01", url: "ftp://x" } },
      "source.url",
      "Source URL must be an http(s) URL",
    ],
  ])("rejects %j with BAD_REQUEST, a field error and no rows written", async (change, field, message) => {
    const before = await rowCounts(api.database);
    const shape = await clientError(() =>
      api.editor.prediction.create(predictionInput(change as Partial<CreatePredictionFormValues>)),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors?.[field]).toBe(message);
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("rejects an analyst id that does not exist, naming the field", async () => {
    const before = await rowCounts(api.database);
    const shape = await clientError(() =>
      api.editor.prediction.create(predictionInput({ analyst: { mode: "existing", id: "nope" } })),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors).toEqual({ "analyst.id": "This analyst no longer exists; pick another" });
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("paginates newest first by cursor without gaps or repeats", async () => {
    for (let index = 0; index < 7; index++) {
      await api.editor.prediction.create(predictionInput({ claim: `Paged claim ${index}`, source: undefined }));
    }
    const all = await api.database.db.prediction.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await api.anonymous.prediction.list({ limit: 4, cursor });
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((row) => row.id));
    expect(seen.length).toBe(10);
  });

  it("refuses a forged cursor with BAD_REQUEST", async () => {
    await expect(api.anonymous.prediction.list({ cursor: "garbage", limit: 5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("answers NOT_FOUND for an unknown prediction", async () => {
    await expect(api.anonymous.prediction.byId({ id: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
