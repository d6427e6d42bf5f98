import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLogInput, articlePrediction, predictionInput, sampleArticle } from "@hindsight/db/testing";
import { createRestHandler } from "../rest/handler";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "../test/harness";

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_source");
});
afterAll(async () => {
  await api.database.drop();
});

/** SHA-256 as PostgreSQL computes it: an implementation independent of node:crypto's. */
async function postgresSha256(text: string): Promise<string> {
  const [row] = await api.database.db.$queryRaw<{ hash: string }[]>`
    SELECT encode(sha256(convert_to(${text}, 'UTF8')), 'hex') AS "hash"`;
  return row!.hash;
}

// The published test vector for "abc" (FIPS 180-2, appendix B.1).
const SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

/** Logs sampleArticle from its text under its own URL, with one prediction quoting it verbatim. */
async function logArticle(name: string) {
  const input = articleLogInput({
    predictions: [
      articlePrediction("Inflation may ease next spring", {
        analyst: { mode: "new", name: "Mara Quill" },
        claim: "Inflation eases by spring 2026",
      }),
    ],
  });
  const url = `https://example.org/articles/${name}`;
  const result = await api.editor.extract.log({ ...input, source: { ...input.source, url } });
  return { sourceId: result.source.id, predictionId: result.predictions[0]!.id, url };
}

describe("source integrity", () => {
  it("keeps the SHA-256 of the stored article text, the same PostgreSQL computes", async () => {
    const { sourceId } = await logArticle("hashed");
    const source = await api.anonymous.source.byId({ id: sourceId });
    expect(source.textSha256).toBe(await postgresSha256(sampleArticle));
    expect(source.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.archiveUrl).toBeNull();
    expect(source.quotes).toEqual({ total: 1, verbatim: 1 });
    expect(source.history).toEqual([
      expect.objectContaining({
        action: "source.create",
        actor: { id: api.actors.editor.userId, name: api.actors.editor.name },
        after: expect.objectContaining({ textSha256: source.textSha256, url: "https://example.org/articles/hashed" }),
      }),
    ]);
  });

  it("marks a quote found verbatim (curly quotes and white space forgiven) and one that is not", async () => {
    const { sourceId, predictionId, url } = await logArticle("verbatim");
    const found = await api.anonymous.prediction.byId({ id: predictionId });
    expect(found.quoteVerbatim).toBe(true);
    expect(found.source).toMatchObject({
      id: sourceId,
      archiveUrl: null,
      textSha256: await postgresSha256(sampleArticle),
    });

    const source = { title: "The ceasefire and the rates", url, publishedAt: "2025-04-25" };
    const folded = await api.editor.prediction.create(
      predictionInput({ source, quote: "The  central bank is unlikely\nto cut interest rates in March" }),
    );
    const reworded = await api.editor.prediction.create(
      predictionInput({ source, quote: "The central bank will not cut interest rates in March" }),
    );
    expect((await api.anonymous.prediction.byId({ id: folded.id })).quoteVerbatim).toBe(true);
    expect((await api.anonymous.prediction.byId({ id: reworded.id })).quoteVerbatim).toBe(false);
    expect((await api.anonymous.source.byId({ id: sourceId })).quotes).toEqual({ total: 3, verbatim: 2 });

    const withoutText = await api.editor.prediction.create(
      predictionInput({ source: { title: "No text", url: "https://example.org/no-text", publishedAt: "2025-04-25" } }),
    );
    expect((await api.anonymous.prediction.byId({ id: withoutText.id })).quoteVerbatim).toBeNull();
  });

  it("shows a changed text as a new hash in the change history, and finds the quotes again", async () => {
    const { sourceId, predictionId } = await logArticle("changed");
    const before = await api.anonymous.source.byId({ id: sourceId });
    const updated = await api.editor.source.update({ id: sourceId, text: "abc" });
    expect(updated.textSha256).toBe(SHA256_ABC);
    expect(updated.history[0]).toMatchObject({
      action: "source.update",
      before: { textSha256: before.textSha256 },
      after: { textSha256: SHA256_ABC },
      actor: { name: api.actors.editor.name },
    });
    expect(updated.history).toHaveLength(2);
    const prediction = await api.anonymous.prediction.byId({ id: predictionId });
    expect(prediction).toMatchObject({ quoteVerbatim: false, quoteStart: null, quoteEnd: null });

    // Saving the same text again changes nothing and records nothing.
    expect((await api.editor.source.update({ id: sourceId, text: "abc" })).history).toHaveLength(2);

    const restored = await api.editor.source.update({ id: sourceId, text: `Preface.\n\n${sampleArticle}` });
    expect(restored.textSha256).toBe(await postgresSha256(`Preface.\n\n${sampleArticle}`));
    const again = await api.anonymous.prediction.byId({ id: predictionId });
    const start = `Preface.\n\n${sampleArticle}`.indexOf("Inflation may ease next spring");
    expect(again).toMatchObject({ quoteVerbatim: true, quoteStart: start, quoteEnd: start + 30 });

    const cleared = await api.editor.source.update({ id: sourceId, text: null });
    expect(cleared.textSha256).toBeNull();
    expect(cleared.history[0]).toMatchObject({
      before: { textSha256: restored.textSha256 },
      after: { textSha256: null },
    });
  });

  it("keeps an archived-copy URL, and clears it with a blank", async () => {
    const { sourceId, predictionId } = await logArticle("archived");
    const archiveUrl = "https://web.archive.org/web/20250425000000/https://example.org/articles/archived";
    const updated = await api.editor.source.update({ id: sourceId, archiveUrl });
    expect(updated.archiveUrl).toBe(archiveUrl);
    expect(updated.history[0]).toMatchObject({ before: { archiveUrl: null }, after: { archiveUrl } });
    expect((await api.anonymous.prediction.byId({ id: predictionId })).source?.archiveUrl).toBe(archiveUrl);
    expect((await api.editor.source.update({ id: sourceId, archiveUrl: "  " })).archiveUrl).toBeNull();
  });

  it.each([
    ["an ftp address", "ftp://archive.example.org/a"],
    ["a javascript: address", "javascript:alert(1)"],
    ["no address at all", "not a url"],
  ])(
    "refuses %s as the archived copy with BAD_REQUEST naming the field, writing nothing",
    async (_name, archiveUrl) => {
      const { sourceId } = await logArticle(`refused-${archiveUrl.length}`);
      const counts = await rowCounts(api.database);
      const shape = await clientError(() => api.editor.source.update({ id: sourceId, archiveUrl }));
      expect(shape.data.code).toBe("BAD_REQUEST");
      expect(shape.data.fieldErrors).toEqual({ archiveUrl: "Archived copy URL must be an http(s) URL" });
      expect(await rowCounts(api.database)).toEqual(counts);
    },
  );

  it("lets only editors change a source, and says which source does not exist", async () => {
    const { sourceId } = await logArticle("permissions");
    const change = { id: sourceId, archiveUrl: "https://archive.ph/abcde" };
    await expect(api.anonymous.source.update(change)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.viewer.source.update(change)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.editor.source.update({ ...change, id: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Source missing does not exist",
    });
    expect((await api.anonymous.source.byId({ id: sourceId })).archiveUrl).toBeNull();
  });

  it("answers the integrity facts over REST", async () => {
    const { sourceId } = await logArticle("rest");
    await api.editor.source.update({ id: sourceId, archiveUrl: "https://archive.ph/rest" });
    const handler = createRestHandler({ db: () => api.database.db, now: () => new Date() });
    const response = await handler(new Request(`http://localhost:3000/api/v1/sources/${sourceId}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: sourceId,
      archiveUrl: "https://archive.ph/rest",
      textSha256: await postgresSha256(sampleArticle),
      quotes: { total: 1, verbatim: 1 },
    });
    expect(body.history).toHaveLength(2);
  });
});

describe("source integrity through a ledger file", () => {
  const file = (source: Record<string, unknown>) =>
    JSON.stringify({
      format: "hindsight/v1",
      analysts: [{ slug: "ledger-analyst", name: "Ledger Analyst" }],
      sources: [{ key: "s-ledger", title: "From a file", publishedAt: "2025-01-02", ...source }],
      predictions: [
        {
          key: "p-ledger",
          analyst: "ledger-analyst",
          source: "s-ledger",
          claim: "It happens",
          quote: "It will happen",
          madeAt: "2025-01-02",
          probability: 0.6,
        },
      ],
    });

  it("imports and exports the archived copy; a file without it keeps it; a new text is a new hash", async () => {
    await api.editor.ledger.import({
      content: file({ archiveUrl: "https://archive.ph/ledger", text: "Experts say it will happen soon." }),
    });
    const stored = await api.database.db.source.findUniqueOrThrow({ where: { key: "s-ledger" } });
    expect(stored).toMatchObject({
      archiveUrl: "https://archive.ph/ledger",
      textSha256: await postgresSha256("Experts say it will happen soon."),
    });
    const exported = JSON.parse(await api.anonymous.ledger.export({ format: "json" })) as {
      sources: Record<string, unknown>[];
    };
    expect(exported.sources.find((source) => source.key === "s-ledger")).toEqual({
      key: "s-ledger",
      title: "From a file",
      archiveUrl: "https://archive.ph/ledger",
      publishedAt: "2025-01-02",
      text: "Experts say it will happen soon.",
    });

    await api.editor.ledger.import({ content: file({ text: "Experts now doubt it." }) });
    const detail = await api.anonymous.source.byId({ id: stored.id });
    expect(detail).toMatchObject({
      archiveUrl: "https://archive.ph/ledger",
      textSha256: await postgresSha256("Experts now doubt it."),
      quotes: { total: 1, verbatim: 0 },
    });
    expect(detail.history.map((event) => [event.action, event.before, event.after])).toEqual([
      [
        "source.update",
        { textSha256: stored.textSha256 },
        { textSha256: await postgresSha256("Experts now doubt it.") },
      ],
      ["source.import", null, expect.objectContaining({ archiveUrl: "https://archive.ph/ledger" })],
    ]);
  });

  it("refuses an archived copy that is not an http(s) URL, by its path, writing nothing", async () => {
    const counts = await rowCounts(api.database);
    const shape = await clientError(() =>
      api.editor.ledger.import({ content: file({ key: "s-bad", archiveUrl: "ftp://archive.example.org/x" }) }),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors).toMatchObject({ "sources[0].archiveUrl": "archiveUrl must be an http(s) URL" });
    expect(await rowCounts(api.database)).toEqual(counts);
  });
});
