import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPredictionInput,
  judgePredictionInput,
  scoreboardFromSums,
  sumsByAnalyst,
  updatePredictionInput,
  type CreatePredictionFormValues,
  type JudgePredictionFormValues,
  type Outcome,
  type ScoreboardFilter,
} from "@hindsight/domain";
import { seedDemo } from "../seed/index";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "../testing/index";
import { judgePrediction } from "./judgements";
import { updatePrediction } from "./prediction-edit";
import { createPrediction } from "./predictions";
import { checkScoreCells, rebuildScoreCells } from "./score-cells";
import { scoreboardSums } from "./scoreboard";

let database: TestDatabase;
let actor: { userId: string };
const now = new Date("2026-06-01T00:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase("hindsight_cells");
  actor = await makeUser(database.db, "EDITOR");
});
afterAll(async () => {
  await database.drop();
});

const create = async (overrides: Partial<CreatePredictionFormValues>) =>
  await createPrediction(database.db, createPredictionInput.parse(predictionInput(overrides)), actor);

const judge = async (predictionId: string, outcome: Outcome | null, extra: Partial<JudgePredictionFormValues> = {}) => {
  const { version } = await database.db.prediction.findUniqueOrThrow({ where: { id: predictionId } });
  return await judgePrediction(
    database.db,
    judgePredictionInput.parse({ predictionId, version, outcome, resolvedAt: "2026-01-15", ...extra }),
    actor,
    now,
  );
};

const expectConsistent = async () => {
  const check = await checkScoreCells(database.db);
  expect(check.differences).toEqual([]);
  return check;
};

/** The scoreboard computed independently: raw rows filtered in JavaScript, summed by the domain. */
async function scoreboardFromRawRows(filter: ScoreboardFilter) {
  const rows = await database.db.prediction.findMany({
    select: {
      probability: true,
      outcome: true,
      credit: true,
      madeAt: true,
      analyst: { select: { slug: true, name: true } },
      source: { select: { outlet: true } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  const month = (date: Date) => date.toISOString().slice(0, 7);
  const matching = rows.filter(
    (row) =>
      (!filter.tag || row.tags.some(({ tag }) => tag.slug === filter.tag)) &&
      (!filter.outlet || row.source?.outlet?.toLowerCase() === filter.outlet.toLowerCase()) &&
      (!filter.from || month(row.madeAt) >= filter.from) &&
      (!filter.to || month(row.madeAt) <= filter.to),
  );
  return scoreboardFromSums(sumsByAnalyst(matching), { minScored: 1 });
}

const byName = <T extends { slug: string }>(rows: T[]) => [...rows].sort((a, b) => a.slug.localeCompare(b.slug));

describe("score aggregates kept by the database", () => {
  it("follow creation, judgement, re-judgement, reopening, edits, outlet changes, imports and deletion", async () => {
    const first = await create({ analyst: { mode: "new", name: "Ann Able" }, probability: 0.8, madeAt: "2025-04-28" });
    const ann = first.analyst.id;
    const second = await create({
      analyst: { mode: "existing", id: ann },
      probability: 0.3,
      madeAt: "2025-07-20",
      tags: ["Economy"],
      source: { title: "Other", outlet: "The Ledger", url: "https://example.org/other", publishedAt: "2025-07-20" },
    });
    const third = await create({
      analyst: { mode: "new", name: "Bo Bright" },
      probability: 0.55,
      madeAt: "2025-07-01",
    });
    await expectConsistent();

    await judge(first.id, "TRUE");
    await judge(second.id, "PARTIAL", { credit: 0.25 });
    await judge(third.id, "AMBIGUOUS");
    await expectConsistent();

    await judge(first.id, "FALSE"); // re-judged
    await judge(third.id, null); // reopened
    await judge(third.id, "TRUE");
    await expectConsistent();

    // An open prediction's probability, date and tags change; a judged one's tags change.
    const fourth = await create({ analyst: { mode: "existing", id: ann }, probability: 0.4, tags: ["Russia"] });
    const { version } = await database.db.prediction.findUniqueOrThrow({ where: { id: fourth.id } });
    await updatePrediction(
      database.db,
      updatePredictionInput.parse({ id: fourth.id, version, probability: 0.7, madeAt: "2025-05-30", tags: ["China"] }),
      actor,
    );
    const judged = await database.db.prediction.findUniqueOrThrow({ where: { id: second.id } });
    await updatePrediction(
      database.db,
      updatePredictionInput.parse({ id: second.id, version: judged.version, tags: ["Economy", "Trade"] }),
      actor,
    );
    await expectConsistent();

    // A source's outlet is renamed: its predictions move between outlet cells.
    await database.db.source.update({ where: { id: judged.sourceId! }, data: { outlet: "Ledger Weekly" } });
    await expectConsistent();

    // The demo ledger goes through the import path, and an open prediction is deleted.
    await seedDemo(database.db);
    await database.db.prediction.delete({ where: { id: fourth.id } });
    const check = await expectConsistent();
    expect(check.predictions).toBeGreaterThan(20);
    expect(check.cells).toBeGreaterThan(check.predictions / 2);
  });

  it("stay consistent when 20 judgements of one analyst's predictions commit at once", async () => {
    const analyst = await create({ analyst: { mode: "new", name: "Cy Crowd" }, probability: 0.6 });
    const predictions = [analyst];
    for (let index = 1; index < 20; index += 1) {
      predictions.push(
        await create({ analyst: { mode: "existing", id: analyst.analyst.id }, probability: index / 20 }),
      );
    }
    const results = await Promise.allSettled(
      predictions.map((prediction, index) => judge(prediction.id, index % 3 ? "TRUE" : "FALSE")),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    await expectConsistent();
    const [cell] = await database.db.$queryRaw<{ scored: number }[]>`
      SELECT "scored" FROM "score_cell" WHERE "grain" = 'all' AND "analystId" = ${analyst.analyst.id}`;
    expect(cell?.scored).toBe(20);
  });

  it.each<[string, ScoreboardFilter]>([
    ["no filter", {}],
    ["a tag", { tag: "economy" }],
    ["an outlet in another case", { outlet: "ASIA TIMES" }],
    ["a period", { from: "2025-04", to: "2025-07" }],
    ["an open-ended period", { from: "2025-05" }],
    ["a whole year", { from: "2025-01", to: "2025-12" }],
    ["whole years with months at both ends", { from: "2024-11", to: "2026-02" }],
    ["a tag within a period", { tag: "russia", to: "2025-06" }],
    ["an outlet and a tag", { outlet: "asia times", tag: "diplomacy" }],
  ])("give the same scoreboard as the raw rows for %s", async (_, filter) => {
    const fromCells = scoreboardFromSums(await scoreboardSums(database.db, filter), { minScored: 1 });
    const fromRows = await scoreboardFromRawRows(filter);
    expect(fromCells.population.scored).toBe(fromRows.population.scored);
    expect(fromCells.population.brier ?? 0).toBeCloseTo(fromRows.population.brier ?? 0, 9);
    expect(fromRows.analysts.length).toBeGreaterThan(0);
    const cells = byName(fromCells.analysts);
    byName(fromRows.analysts).forEach((want, index) => {
      const got = cells[index]!;
      expect(got).toMatchObject({
        slug: want.slug,
        predictions: want.predictions,
        resolved: want.resolved,
        scored: want.scored,
        rank: want.rank,
      });
      for (const field of ["brier", "logLoss", "hitRate", "adjustedBrier"] as const) {
        if (want[field] === null) expect(got[field]).toBeNull();
        else expect(got[field]).toBeCloseTo(want[field], 9);
      }
    });
    expect(cells).toHaveLength(fromRows.analysts.length);
  });

  it("reports a tampered cell with the field that differs, and a rebuild repairs it", async () => {
    await database.db.$executeRaw`
      UPDATE "score_cell" SET "scored" = "scored" + 1
      WHERE "grain" = 'all' AND "analystId" = (SELECT "id" FROM "analyst" WHERE "slug" = 'ann-able')`;
    await database.db.$executeRaw`
      DELETE FROM "score_cell" WHERE "grain" = 'month' AND "key" = '2025-04'
        AND "analystId" = (SELECT "id" FROM "analyst" WHERE "slug" = 'ann-able')`;
    const check = await checkScoreCells(database.db);
    expect(check.differences).toEqual([
      { analyst: "ann-able", grain: "all", key: "", fields: ["scored: expected 2, found 3"] },
      expect.objectContaining({ analyst: "ann-able", grain: "month", key: "2025-04" }),
    ]);
    await rebuildScoreCells(database.db);
    await expectConsistent();
  });
});
