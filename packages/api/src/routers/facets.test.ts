import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");

// Six predictions, worked by hand below (now is 2026-06-01):
// P1 Ann, korea + nuclear, Asia Times, made 2025-02-03, judged TRUE
// P2 Ann, korea,           Asia Times, made 2025-08-02, deadline 2030: OPEN
// P3 Ann, russia,          Le Monde,   made 2025-08-02, deadline 2026-01-01: DUE
// P4 Ben, korea,           Le Monde,   made 2025-02-10, judged FALSE
// P5 Ben, no tag,          no source,  made 2025-08-05, deadline 2030: OPEN
// P6 Cat, russia + nuclear, Asia Times, made 2025-08-06, no deadline: OPEN
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_facets");
  const editor = api.callerFor(api.actors.editor, () => now);
  const source = (outlet: string, n: number, publishedAt: string) => ({
    title: `${outlet} piece ${n}`,
    outlet,
    url: `https://example.org/${n}`,
    publishedAt,
  });
  const ann = { mode: "new", name: "Ann Able" } as const;
  const ben = { mode: "new", name: "Ben Bold" } as const;
  const cat = { mode: "new", name: "Cat Calm" } as const;
  const log = async (fields: Partial<Parameters<typeof predictionInput>[0]>, outcome?: "TRUE" | "FALSE") => {
    const prediction = await editor.prediction.create(predictionInput(fields));
    if (outcome) {
      await editor.prediction.judge({ predictionId: prediction.id, version: 1, outcome, resolvedAt: "2026-01-02" });
    }
  };
  await log(
    {
      analyst: ann,
      claim: "P1",
      tags: ["korea", "nuclear"],
      source: source("Asia Times", 1, "2025-02-03"),
      madeAt: "2025-02-03",
      resolveBy: "2025-12-31",
    },
    "TRUE",
  );
  await log({
    analyst: ann,
    claim: "P2",
    tags: ["korea"],
    source: source("Asia Times", 2, "2025-08-02"),
    madeAt: "2025-08-02",
    resolveBy: "2030-01-01",
  });
  await log({
    analyst: ann,
    claim: "P3",
    tags: ["russia"],
    source: source("Le Monde", 3, "2025-08-02"),
    madeAt: "2025-08-02",
    resolveBy: "2026-01-01",
  });
  await log(
    {
      analyst: ben,
      claim: "P4",
      tags: ["korea"],
      source: source("Le Monde", 4, "2025-02-10"),
      madeAt: "2025-02-10",
      resolveBy: "2025-12-31",
    },
    "FALSE",
  );
  await log({ analyst: ben, claim: "P5", tags: [], source: undefined, madeAt: "2025-08-05", resolveBy: "2030-01-01" });
  await log({
    analyst: cat,
    claim: "P6",
    tags: ["russia", "nuclear"],
    source: source("Asia Times", 6, "2025-08-06"),
    madeAt: "2025-08-06",
    resolveBy: "",
  });
});
afterAll(async () => {
  await api.database.drop();
});

const option = (value: string, name: string, predictions: number) => ({ value, name, predictions });
const ANN = (n: number) => option("ann-able", "Ann Able", n);
const BEN = (n: number) => option("ben-bold", "Ben Bold", n);
const CAT = (n: number) => option("cat-calm", "Cat Calm", n);
const statuses = (counts: Partial<Record<string, number>>) => ({
  OPEN: 0,
  DUE: 0,
  JUDGED: 0,
  TRUE: 0,
  FALSE: 0,
  PARTIAL: 0,
  AMBIGUOUS: 0,
  ANNULLED: 0,
  ...counts,
});
const facets = (input: Record<string, unknown>) => api.callerFor(null, () => now).prediction.facets(input);

describe("prediction.facets: each menu counted under the other filters", () => {
  it("counts every prediction with no filter", async () => {
    expect(await facets({})).toEqual({
      analysts: [ANN(3), BEN(2), CAT(1)],
      tags: [option("korea", "korea", 3), option("nuclear", "nuclear", 2), option("russia", "russia", 2)],
      outlets: [option("Asia Times", "Asia Times", 3), option("Le Monde", "Le Monde", 2)],
      statuses: statuses({ OPEN: 3, DUE: 1, JUDGED: 2, TRUE: 1, FALSE: 1 }),
    });
  });

  it("with a tag: the tag menu keeps every tag's count, the others count within the tag", async () => {
    // korea is P1, P2, P4.
    expect(await facets({ tag: "korea" })).toEqual({
      analysts: [ANN(2), BEN(1)],
      tags: [option("korea", "korea", 3), option("nuclear", "nuclear", 2), option("russia", "russia", 2)],
      outlets: [option("Asia Times", "Asia Times", 2), option("Le Monde", "Le Monde", 1)],
      statuses: statuses({ OPEN: 1, JUDGED: 2, TRUE: 1, FALSE: 1 }),
    });
  });

  it("with an analyst and a status: each menu under the one it is not", async () => {
    // Open: P2 (Ann), P5 (Ben), P6 (Cat). Ann's: P1 TRUE, P2 OPEN, P3 DUE. Ann's open: P2.
    expect(await facets({ analyst: "ann-able", status: "OPEN" })).toEqual({
      analysts: [ANN(1), BEN(1), CAT(1)],
      tags: [option("korea", "korea", 1)],
      outlets: [option("Asia Times", "Asia Times", 1)],
      statuses: statuses({ OPEN: 1, DUE: 1, JUDGED: 1, TRUE: 1 }),
    });
  });

  it("with an outlet (in any case) and a start date", async () => {
    // Made from 2025-08-01: P2, P3, P5, P6; of those from Asia Times: P2, P6.
    expect(await facets({ outlet: "asia times", madeFrom: "2025-08-01" })).toEqual({
      analysts: [ANN(1), CAT(1)],
      tags: [option("korea", "korea", 1), option("nuclear", "nuclear", 1), option("russia", "russia", 1)],
      outlets: [option("Asia Times", "Asia Times", 2), option("Le Monde", "Le Monde", 1)],
      statuses: statuses({ OPEN: 2 }),
    });
  });

  it("counts what the list would show: each count is the length of the list with that option chosen", async () => {
    const filters = { tag: "korea", madeTo: "2025-12-31" };
    const counted = await facets(filters);
    const caller = api.callerFor(null, () => now);
    for (const analyst of counted.analysts) {
      const listed = await caller.prediction.list({ limit: 50, ...filters, analyst: analyst.value });
      expect(listed.items.length, analyst.value).toBe(analyst.predictions);
    }
    for (const [status, count] of Object.entries(counted.statuses)) {
      const listed = await caller.prediction.list({ limit: 50, ...filters, status: status as "OPEN" });
      expect(listed.items.length, status).toBe(count);
    }
  });

  it("refuses a date range that ends before it starts", async () => {
    await expect(facets({ madeFrom: "2025-05-01", madeTo: "2025-04-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("scoreboard.filters: each menu counted under the other filters", () => {
  it("counts the tags within the outlet, and the outlets over everything", async () => {
    // Le Monde: P3 russia, P4 korea.
    expect(await api.anonymous.scoreboard.filters({ outlet: "Le Monde" })).toMatchObject({
      tags: [
        { slug: "korea", name: "korea", predictions: 1 },
        { slug: "russia", name: "russia", predictions: 1 },
      ],
      outlets: [
        { key: "asia times", name: "Asia Times", predictions: 3 },
        { key: "le monde", name: "Le Monde", predictions: 2 },
      ],
    });
  });

  it("counts the tags within the period, and the outlets within the tag and the period", async () => {
    // From 2025-08: P2 korea, P3 russia, P5 none, P6 russia + nuclear; korea among them: P2 (Asia Times).
    expect(await api.anonymous.scoreboard.filters({ tag: "korea", from: "2025-08" })).toEqual({
      tags: [
        { slug: "korea", name: "korea", predictions: 1 },
        { slug: "nuclear", name: "nuclear", predictions: 1 },
        { slug: "russia", name: "russia", predictions: 2 },
      ],
      outlets: [{ key: "asia times", name: "Asia Times", predictions: 1 }],
      months: { first: "2025-02", last: "2025-08" },
    });
  });

  it("counts both within a period alone", async () => {
    // January to February 2025: P1 (korea, nuclear; Asia Times), P4 (korea; Le Monde).
    expect(await api.anonymous.scoreboard.filters({ from: "2025-01", to: "2025-02" })).toMatchObject({
      tags: [
        { slug: "korea", name: "korea", predictions: 2 },
        { slug: "nuclear", name: "nuclear", predictions: 1 },
      ],
      outlets: [
        { key: "asia times", name: "Asia Times", predictions: 1 },
        { key: "le monde", name: "Le Monde", predictions: 1 },
      ],
    });
  });
});
