import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_list");
  const editor = api.callerFor(api.actors.editor, () => now);
  const log = async (name: string, overrides: Parameters<typeof predictionInput>[0]) => {
    ids[name] = (await editor.prediction.create(predictionInput(overrides))).id;
  };
  await log("sanctions", {
    claim: "The EU lifts sanctions on Russian banks",
    quote: "Brussels could ease the pressure on Moscow's lenders",
    resolveBy: "2026-01-01",
    tags: ["russia", "sanctions"],
  });
  await log("summit", {
    analyst: { mode: "new", name: "Victor Cha" },
    source: { title: "Korea outlook", outlet: "CSIS", publishedAt: "2025-02-01" },
    madeAt: "2025-02-01",
    claim: "Trump and Kim hold another summit",
    quote: "the prospects of another Trump-Kim summit are remote, but not impossible",
    resolveBy: "2025-12-31",
    tags: ["north-korea"],
  });
  await log("open", { claim: "Ukraine joins NATO", resolveBy: "2030-01-01", tags: ["ukraine"] });
  await log("undated", { claim: "A ceasefire holds", resolveBy: "", tags: [] });
  await editor.prediction.judge({ predictionId: ids.summit!, version: 1, outcome: "FALSE", resolvedAt: "2026-01-02" });
});
afterAll(async () => {
  await api.database.drop();
});

const listed = async (filters: Record<string, unknown>) =>
  (await api.callerFor(null, () => now).prediction.list({ limit: 50, ...filters })).items.map((item) => item.id).sort();
const expected = (...names: string[]) => names.map((name) => ids[name]!).sort();

describe("prediction.list filters", () => {
  it.each([
    [{ analyst: "victor-cha" }, ["summit"]],
    [{ analyst: "tereza-novotna" }, ["sanctions", "open", "undated"]],
    [{ tag: "sanctions" }, ["sanctions"]],
    [{ tag: "RUSSIA" }, ["sanctions"]],
    [{ outlet: "csis" }, ["summit"]],
    [{ status: "OPEN" }, ["open", "undated"]],
    [{ status: "DUE" }, ["sanctions"]],
    [{ status: "JUDGED" }, ["summit"]],
    [{ status: "FALSE" }, ["summit"]],
    [{ status: "TRUE" }, []],
    [{ madeFrom: "2025-04-25", madeTo: "2025-04-25" }, ["sanctions", "open", "undated"]],
    [{ madeTo: "2025-03-01" }, ["summit"]],
    [{ q: "sanctions" }, ["sanctions"]],
    [{ q: "lenders" }, ["sanctions"]],
    [{ q: "summits" }, ["summit"]],
    [{ q: '"another summit" -NATO' }, ["summit"]],
    [{ q: "nothing matches this" }, []],
    [{ q: "summit", status: "OPEN" }, []],
  ])("%j", async (filters, names) => {
    expect(await listed(filters)).toEqual(expected(...names));
  });

  it("refuses a date range that ends before it starts", async () => {
    await expect(listed({ madeFrom: "2025-05-01", madeTo: "2025-04-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("the due queue", () => {
  it("lists predictions past their deadline with no judgement, oldest deadline first, with a count", async () => {
    const caller = api.callerFor(null, () => new Date("2026-03-01T00:00:00Z"));
    expect((await caller.prediction.due({ limit: 10 })).items.map((item) => item.id)).toEqual([ids.sanctions]);
    expect(await caller.prediction.dueCount()).toBe(1);
    const later = api.callerFor(null, () => new Date("2031-01-01T00:00:00Z"));
    expect((await later.prediction.due({ limit: 10 })).items.map((item) => item.id)).toEqual([ids.sanctions, ids.open]);
    const firstPage = await later.prediction.due({ limit: 1 });
    const secondPage = await later.prediction.due({ limit: 1, cursor: firstPage.nextCursor });
    expect([...firstPage.items, ...secondPage.items].map((item) => item.id)).toEqual([ids.sanctions, ids.open]);
    expect(secondPage.nextCursor).toBeNull();
  });

  it("a judgement takes a prediction out of the queue; reopening puts it back", async () => {
    const editor = api.callerFor(api.actors.editor, () => now);
    const judged = await editor.prediction.judge({
      predictionId: ids.sanctions!,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-02-01",
    });
    expect(await editor.prediction.dueCount()).toBe(0);
    await editor.prediction.judge({ predictionId: ids.sanctions!, version: judged.version, outcome: null });
    expect(await editor.prediction.dueCount()).toBe(1);
  });
});

describe("analyst and source pages", () => {
  it("lists analysts with their counts and finds one by slug", async () => {
    const { items: analysts, nextCursor } = await api.anonymous.analyst.list();
    expect(nextCursor).toBeNull();
    expect(analysts.map((analyst) => [analyst.slug, analyst.predictions, analyst.judged])).toEqual([
      ["tereza-novotna", 3, 0],
      ["victor-cha", 1, 1],
    ]);
    expect((await api.anonymous.analyst.bySlug({ slug: "victor-cha" })).name).toBe("Victor Cha");
    // Victor Cha: one prediction, judged FALSE, with a deadline, not conditional.
    expect(await api.callerFor(null, () => now).analyst.counts({ slug: "victor-cha" })).toMatchObject({
      predictions: 1,
      judged: 1,
      scored: 1,
      vague: 0,
      vagueness: 0,
    });
    await expect(api.anonymous.analyst.counts({ slug: "nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.anonymous.analyst.bySlug({ slug: "nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists a source's predictions", async () => {
    const summit = await api.anonymous.prediction.byId({ id: ids.summit! });
    expect(await listed({ sourceId: summit.source!.id })).toEqual(expected("summit"));
    expect((await api.anonymous.source.byId({ id: summit.source!.id })).outlet).toBe("CSIS");
  });
});
