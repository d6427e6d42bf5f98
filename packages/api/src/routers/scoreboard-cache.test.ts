import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { judgePrediction } from "@hindsight/db";
import { predictionInput } from "@hindsight/db/testing";
import { judgePredictionInput } from "@hindsight/domain";
import { createApiKey } from "../auth/api-keys";
import { createRestHandler } from "../rest/handler";
import { createApiHarness, type ApiHarness } from "../test/harness";
import { FILTERS_TTL_MS, SCOREBOARD_TTL_MS } from "./scoreboard";

// The scoreboard is computed once per filter and reused (cache.ts). These tests write through every
// path a web process writes by (tRPC, the REST API, the import) and read straight after: the new
// figures must be there. Writes the process cannot see (another instance, the CLI) show after the
// time to live, and at once to editors.

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
let editorKey = "";
const handler = createRestHandler({ db: () => api.database.db, now: () => now });

/** The analyst's line on the scoreboard as an anonymous reader gets it, through `get` and `page`. */
async function lineOf(slug: string, caller = api.anonymous) {
  const board = await caller.scoreboard.get({ minScored: 0 });
  const page = await caller.scoreboard.page({ minScored: 0, limit: 200 });
  const line = board.analysts.find((analyst) => analyst.slug === slug);
  const pageLine = page.items.find((item) => item.slug === slug);
  expect(pageLine?.predictions).toBe(line?.predictions);
  expect(pageLine?.resolved).toBe(line?.resolved);
  return line ? { predictions: line.predictions, resolved: line.resolved, brier: line.brier } : null;
}

async function logOpen(name: string, claim: string) {
  const editor = api.callerFor(api.actors.editor, () => now);
  return await editor.prediction.create(
    predictionInput({ analyst: { mode: "new", name }, claim, probability: 0.8, source: undefined }),
  );
}

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_scoreboard_cache");
  const owner = { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId };
  editorKey = (await createApiKey(api.database.db, { name: "CI", role: "EDITOR" }, owner, now)).key;
});
afterAll(async () => {
  await api.database.drop();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the cached scoreboard", () => {
  it("shows a judgement made through tRPC on the very next read", async () => {
    const prediction = await logOpen("Ann Alpha", "The bill passes");
    expect(await lineOf("ann-alpha")).toEqual({ predictions: 1, resolved: 0, brier: null });
    const editor = api.callerFor(api.actors.editor, () => now);
    await editor.prediction.judge({
      predictionId: prediction.id,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-01-02",
    });
    expect(await lineOf("ann-alpha")).toEqual({ predictions: 1, resolved: 1, brier: expect.closeTo(0.04, 12) });
    await logOpen("Ann Alpha", "The second bill passes");
    expect((await lineOf("ann-alpha"))?.predictions).toBe(2);
  });

  it("shows a judgement made through the REST API on the next REST read", async () => {
    const prediction = await logOpen("Ben Beta", "Rates fall");
    const read = async () => {
      const response = await handler(new Request("http://localhost/api/v1/scoreboard?minScored=0"));
      const body = (await response.json()) as { analysts: { slug: string; resolved: number }[] };
      return body.analysts.find((analyst) => analyst.slug === "ben-beta")?.resolved;
    };
    expect(await read()).toBe(0);
    const judged = await handler(
      new Request(`http://localhost/api/v1/predictions/${prediction.id}/judgements`, {
        method: "POST",
        headers: { authorization: `Bearer ${editorKey}`, "content-type": "application/json" },
        body: JSON.stringify({ version: 1, outcome: "FALSE", resolvedAt: "2026-01-02" }),
      }),
    );
    expect(judged.status).toBe(201);
    expect(await read()).toBe(1);
    expect((await lineOf("ben-beta"))?.resolved).toBe(1);
  });

  it("shows an import on the next read", async () => {
    expect(await lineOf("cy-gamma")).toBeNull();
    const content = [
      "key,analyst,analystName,claim,madeAt,probability,outcome,resolvedAt",
      "cache-1,cy-gamma,Cy Gamma,The treaty is signed,2025-01-01,0.3,FALSE,2026-01-02",
    ].join("\n");
    await api.editor.ledger.import({ filename: "ledger.csv", content });
    expect(await lineOf("cy-gamma")).toEqual({ predictions: 1, resolved: 1, brier: expect.closeTo(0.09, 12) });
  });

  it("serves writes it cannot see (another process) after the time to live, and to editors at once", async () => {
    const prediction = await logOpen("Di Delta", "The merger goes ahead");
    expect((await lineOf("di-delta"))?.resolved).toBe(0);
    // Straight through the repository, as another instance or the CLI would: this process is not told.
    await judgePrediction(
      api.database.db,
      judgePredictionInput.parse({
        predictionId: prediction.id,
        version: 1,
        outcome: "TRUE",
        resolvedAt: "2026-01-02",
      }),
      { userId: api.actors.editor.userId },
      now,
    );
    expect((await lineOf("di-delta"))?.resolved).toBe(0);
    expect((await lineOf("di-delta", api.viewer))?.resolved).toBe(0);
    expect((await lineOf("di-delta", api.editor))?.resolved).toBe(1);
    expect((await lineOf("di-delta", api.admin))?.resolved).toBe(1);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + SCOREBOARD_TTL_MS + 1);
    expect((await lineOf("di-delta"))?.resolved).toBe(1);
  });

  it("keeps one board per filter, a tag however it is spelled", async () => {
    const editor = api.callerFor(api.actors.editor, () => now);
    const created = await editor.prediction.create(
      predictionInput({ analyst: { mode: "new", name: "Eve Epsilon" }, claim: "Oil tops $100", tags: ["Energy"] }),
    );
    const tagged = async (tag: string) =>
      (await api.anonymous.scoreboard.get({ tag, minScored: 0 })).analysts.map((analyst) => analyst.slug);
    expect(await tagged("energy")).toEqual(["eve-epsilon"]);
    expect(await tagged("Energy")).toEqual(["eve-epsilon"]);
    expect((await api.anonymous.scoreboard.get({ tag: "nothing-tagged", minScored: 0 })).analysts).toEqual([]);
    await editor.prediction.judge({ predictionId: created.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-02" });
    expect((await api.anonymous.scoreboard.get({ tag: "ENERGY", minScored: 0 })).analysts[0]?.resolved).toBe(1);
  });
});

describe("the cached tag and outlet lists (source.tags, source.outlets)", () => {
  const tagCount = async (slug: string, caller = api.anonymous) =>
    (await caller.source.tags()).find((tag) => tag.slug === slug)?.predictions ?? 0;

  it("show a write made through tRPC on the next read", async () => {
    expect(await tagCount("fisheries")).toBe(0);
    expect(await api.anonymous.source.outlets()).not.toContain("The Cod Courier");
    await api.editor.prediction.create(
      predictionInput({
        analyst: { mode: "new", name: "Fay Zeta" },
        claim: "The quota is cut",
        tags: ["Fisheries"],
        source: {
          title: "Quotas",
          outlet: "The Cod Courier",
          url: "https://example.org/quotas",
          publishedAt: "2025-04-01",
        },
      }),
    );
    expect(await tagCount("fisheries")).toBe(1);
    expect(await api.anonymous.source.outlets()).toContain("The Cod Courier");
  });

  it("show a write this process cannot see after the time to live, and to editors at once", async () => {
    expect(await tagCount("fisheries")).toBe(1);
    // Another process: straight into the database, this process is not told.
    const tagged = await api.database.db.prediction.findFirstOrThrow({ where: { claim: "The quota is cut" } });
    await api.database.db.predictionTag.deleteMany({ where: { predictionId: tagged.id } });
    expect(await tagCount("fisheries")).toBe(1);
    expect(await tagCount("fisheries", api.editor)).toBe(0);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + FILTERS_TTL_MS + 1);
    expect(await tagCount("fisheries")).toBe(0);
  });
});
