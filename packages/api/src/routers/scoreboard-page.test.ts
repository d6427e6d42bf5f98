import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { clientError, createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");

// Worked by hand (minScored 2):
// Ann, Asia Times, made 2025-02, tag korea: (0.9 TRUE) (0.2 FALSE) (0.7 TRUE): errors 0.01 0.04 0.09,
//   brier 0.14 / 3; resolved 2025-03-10, 2025-03-20, 2025-05-01.
// Ben, Le Monde, made 2025-08: (0.6 FALSE) (0.5 TRUE): errors 0.36 0.25, brier 0.305
// Cat, no source, made 2025-08: (0.8 TRUE): error 0.04, one scored: unranked
// Population 6 scored, brier 0.79 / 6. adjusted = (n brier + 10 pop) / (n + 10):
//   Ann (0.14 + 7.9 / 6) / 13 = 0.1120513, Ben (0.61 + 7.9 / 6) / 12 = 0.1605556, Cat (0.04 + 7.9 / 6) / 11 = 0.1233333
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_board_page");
  const editor = api.callerFor(api.actors.editor, () => now);
  const outlet = (name: string, url: string, publishedAt: string) => ({
    title: `${name} piece`,
    outlet: name,
    url,
    publishedAt,
  });
  const log = async (
    analyst: { mode: "new"; name: string },
    fields: Partial<Parameters<typeof predictionInput>[0]>,
    outcome: "TRUE" | "FALSE",
    resolvedAt: string,
  ) => {
    const prediction = await editor.prediction.create(predictionInput({ analyst, ...fields }));
    await editor.prediction.judge({ predictionId: prediction.id, version: 1, outcome, resolvedAt });
  };
  const ann = { mode: "new", name: "Ann Able" } as const;
  const ben = { mode: "new", name: "Ben Bold" } as const;
  const asia = outlet("Asia Times", "https://example.org/asia", "2025-02-01");
  const monde = outlet("Le Monde", "https://example.org/monde", "2025-08-01");
  const inFeb = { madeAt: "2025-02-03", tags: ["Korea"], source: asia };
  await log(ann, { ...inFeb, claim: "A", probability: 0.9 }, "TRUE", "2025-03-10");
  await log(ann, { ...inFeb, claim: "B", probability: 0.2 }, "FALSE", "2025-03-20");
  await log(ann, { ...inFeb, claim: "C", probability: 0.7 }, "TRUE", "2025-05-01");
  await log(
    ben,
    { madeAt: "2025-08-02", source: monde, tags: [], claim: "D", probability: 0.6 },
    "FALSE",
    "2025-09-01",
  );
  await log(ben, { madeAt: "2025-08-02", source: monde, tags: [], claim: "E", probability: 0.5 }, "TRUE", "2025-09-01");
  await log(
    { mode: "new", name: "Cat Calm" },
    { madeAt: "2025-08-05", source: undefined, tags: [], claim: "F", probability: 0.8 },
    "TRUE",
    "2025-09-01",
  );
});
afterAll(async () => {
  await api.database.drop();
});

describe("scoreboard.page", () => {
  it("ranks by adjusted Brier and lists the unranked below, with each brier's interval", async () => {
    const page = await api.anonymous.scoreboard.page({ minScored: 2 });
    expect(page.population).toEqual({ scored: 6, brier: expect.closeTo(0.79 / 6, 12), analysts: 3 });
    expect(page).toMatchObject({ ranked: 2, total: 3, nextCursor: null });
    expect(page.items.map((line) => [line.slug, line.rank, line.section])).toEqual([
      ["ann-able", 1, "ranked"],
      ["ben-bold", 2, "ranked"],
      ["cat-calm", null, "unranked"],
    ]);
    expect(page.items[0]!.adjustedBrier).toBeCloseTo(0.1120513, 6);
    expect(page.items[2]!.adjustedBrier).toBeCloseTo(0.1233333, 6);
    // Ben's errors 0.36 and 0.25: s² = 2 · 0.055² = 0.00605, s²/n = 0.003025, root 0.055.
    expect(page.items[1]!.brierInterval![0]).toBeCloseTo(0.305 - 1.959964 * 0.055, 6);
    expect(page.items[2]!.brierInterval).toBeNull();
  });

  it("sorts by a column within each section and pages with a cursor", async () => {
    const first = await api.anonymous.scoreboard.page({ minScored: 2, sort: "brier", dir: "desc", limit: 1 });
    expect(first.items.map((line) => line.slug)).toEqual(["ben-bold"]);
    expect(first.nextCursor).toBe(1);
    const second = await api.anonymous.scoreboard.page({
      minScored: 2,
      sort: "brier",
      dir: "desc",
      limit: 1,
      cursor: 1,
    });
    expect(second.items.map((line) => line.slug)).toEqual(["ann-able"]);
    const last = await api.anonymous.scoreboard.page({ minScored: 2, sort: "brier", dir: "desc", limit: 1, cursor: 2 });
    expect(last.items.map((line) => line.slug)).toEqual(["cat-calm"]);
    expect(last.nextCursor).toBeNull();
  });

  it("changes every figure with the outlet filter, matched without regard to case", async () => {
    const page = await api.anonymous.scoreboard.page({ minScored: 2, outlet: "ASIA TIMES" });
    expect(page.population).toEqual({ scored: 3, brier: expect.closeTo(0.14 / 3, 12), analysts: 1 });
    expect(page.items).toHaveLength(1);
    // Alone in the filter, Ann's adjusted score is her own brier.
    expect(page.items[0]!.adjustedBrier).toBeCloseTo(0.14 / 3, 12);
  });

  it("filters by the month made, alone and combined with an outlet", async () => {
    const late = await api.anonymous.scoreboard.get({ minScored: 2, from: "2025-06" });
    expect(late.population).toEqual({ scored: 3, brier: expect.closeTo(0.65 / 3, 12) });
    expect(late.analysts.map((line) => line.slug)).toEqual(["ben-bold", "cat-calm"]);
    const combined = await api.anonymous.scoreboard.get({
      minScored: 1,
      outlet: "le monde",
      from: "2025-01",
      to: "2025-08",
    });
    expect(combined.analysts.map((line) => [line.slug, line.scored, line.brier])).toEqual([
      ["ben-bold", 2, expect.closeTo(0.305, 12)],
    ]);
    const before = await api.anonymous.scoreboard.get({ to: "2025-01" });
    expect(before).toEqual({ population: { scored: 0, brier: null }, analysts: [] });
  });

  it("refuses a period that ends before it starts, or a month that is not YYYY-MM, naming the field", async () => {
    const backwards = await clientError(() => api.anonymous.scoreboard.page({ from: "2025-09", to: "2025-01" }));
    expect(backwards.data).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { to: "from must not be after to" } });
    const badMonth = await clientError(() => api.anonymous.scoreboard.get({ from: "2025-13" }));
    expect(badMonth.data.fieldErrors).toEqual({ from: "from must be a month as YYYY-MM, like 2025-06" });
    const badSort = await clientError(() => api.anonymous.scoreboard.page({ sort: "luck" as unknown as "rank" }));
    expect(badSort.data.code).toBe("BAD_REQUEST");
  });
});

describe("scoreboard.filters", () => {
  it("offers the tags, outlets and months that have predictions", async () => {
    expect(await api.anonymous.scoreboard.filters()).toEqual({
      tags: [{ slug: "korea", name: "korea", predictions: 3 }],
      outlets: [
        { key: "asia times", name: "Asia Times", predictions: 3 },
        { key: "le monde", name: "Le Monde", predictions: 2 },
      ],
      months: { first: "2025-02", last: "2025-08" },
    });
  });
});

describe("analyst.scores", () => {
  it("gives an analyst's calibration, Brier over time and tag breakdown", async () => {
    const scores = await api.anonymous.analyst.scores({ slug: "ann-able" });
    expect(scores).toMatchObject({ scored: 3, brier: expect.closeTo(0.14 / 3, 12), hitRate: 1 });
    expect(scores.calibration.map((bin) => bin.n)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 0, 1]);
    expect(scores.overTime).toEqual([
      {
        month: "2025-03",
        scored: 2,
        brier: expect.closeTo(0.025, 12),
        cumulativeScored: 2,
        cumulativeBrier: expect.closeTo(0.025, 12),
      },
      {
        month: "2025-05",
        scored: 1,
        brier: expect.closeTo(0.09, 12),
        cumulativeScored: 3,
        cumulativeBrier: expect.closeTo(0.14 / 3, 12),
      },
    ]);
    expect(scores.byTag).toEqual([
      expect.objectContaining({ slug: "korea", predictions: 3, scored: 3, brier: expect.closeTo(0.14 / 3, 12) }),
    ]);
  });

  it("answers NOT_FOUND for an unknown analyst", async () => {
    expect((await clientError(() => api.anonymous.analyst.scores({ slug: "nobody" }))).data.code).toBe("NOT_FOUND");
  });
});

describe("analyst.filterOptions", () => {
  it("offers the analysts with the most predictions, in name order, at most limit", async () => {
    // Ann 3 predictions, Ben 2, Cat 1.
    expect(await api.anonymous.analyst.filterOptions()).toEqual([
      { slug: "ann-able", name: "Ann Able", predictions: 3 },
      { slug: "ben-bold", name: "Ben Bold", predictions: 2 },
      { slug: "cat-calm", name: "Cat Calm", predictions: 1 },
    ]);
    expect((await api.anonymous.analyst.filterOptions({ limit: 2 })).map((analyst) => analyst.slug)).toEqual([
      "ann-able",
      "ben-bold",
    ]);
    const tooMany = await clientError(() => api.anonymous.analyst.filterOptions({ limit: 5000 }));
    expect(tooMany.data.fieldErrors).toEqual({ limit: "limit must be 1 to 1000" });
  });
});
