import {
  addPrediction,
  emptySums,
  fairSumsOf,
  referenceFor,
  sumsDifferences,
  type AnalystFairSums,
  type Outcome,
  type ScoreSums,
} from "@hindsight/domain";
import type { Database, Prisma } from "../client";

export interface ScoreCellDifference {
  analyst: string;
  grain: string;
  key: string;
  /** Each field that differs, "field: expected X, found Y" (expected = recomputed from raw rows). */
  fields: string[];
}

export interface ScoreCellCheck {
  predictions: number;
  cells: number;
  differences: ScoreCellDifference[];
}

interface RawPrediction {
  id: string;
  analystId: string;
  probability: number;
  outcome: Outcome | null;
  credit: number | null;
  low: number;
  high: number;
  month: string;
  outlet: string | null;
  tagIds: string[] | null;
}

type CellRow = ScoreSums & { analystId: string; grain: string; key: string };

const cellKey = (analystId: string, grain: string, key: string) => `${grain}\u0000${key}\u0000${analystId}`;

const BATCH = 20_000;

/**
 * Recomputes every aggregate cell from the raw prediction rows with the domain's arithmetic
 * (packages/domain/src/scoring/sums.ts), independently of the SQL triggers that maintain them,
 * and reports each cell that differs (a missing cell counts as all zeros). Reads predictions in
 * batches by id, inside one REPEATABLE READ transaction so that both sides see the same snapshot.
 */
export async function checkScoreCells(
  db: Database,
  onProgress?: (done: number, total: number) => void,
): Promise<ScoreCellCheck> {
  return await db.$transaction(
    async (tx) => {
      const [counted] = await tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "prediction"`;
      const total = counted?.total ?? 0;
      const expected = new Map<string, ScoreSums>();
      const add = (analystId: string, grain: string, key: string, row: RawPrediction) => {
        const id = cellKey(analystId, grain, key);
        let sums = expected.get(id);
        if (!sums) {
          sums = emptySums();
          expected.set(id, sums);
        }
        addPrediction(sums, row);
      };
      let after = "";
      let done = 0;
      for (;;) {
        const rows = await tx.$queryRaw<RawPrediction[]>`
          SELECT p."id", p."analystId", p."probability", p."outcome"::text AS "outcome", p."credit",
            CASE WHEN p."probabilitySource" = 'HEDGE' THEN coalesce(p."probabilityLow", p."probability")
              ELSE p."probability" END AS "low",
            CASE WHEN p."probabilitySource" = 'HEDGE' THEN coalesce(p."probabilityHigh", p."probability")
              ELSE p."probability" END AS "high",
            to_char(p."madeAt", 'YYYY-MM') AS "month", lower(s."outlet") AS "outlet",
            (SELECT array_agg(pt."tagId") FROM "prediction_tag" pt WHERE pt."predictionId" = p."id") AS "tagIds"
          FROM "prediction" p LEFT JOIN "source" s ON s."id" = p."sourceId"
          WHERE p."id" > ${after}
          ORDER BY p."id"
          LIMIT ${BATCH}`;
        if (rows.length === 0) break;
        for (const row of rows) {
          add(row.analystId, "all", "", row);
          add(row.analystId, "year", row.month.slice(0, 4), row);
          add(row.analystId, "month", row.month, row);
          if (row.outlet !== null) add(row.analystId, "outlet", row.outlet, row);
          for (const tagId of row.tagIds ?? []) add(row.analystId, "tag", tagId, row);
        }
        after = rows[rows.length - 1]!.id;
        done += rows.length;
        onProgress?.(done, total);
      }
      const stored = await tx.$queryRaw<CellRow[]>`
        SELECT "analystId", "grain", "key", "predictions", "resolved", "scored", "ambiguous", "annulled",
          "sumP", "sumO", "sumSquaredError", "sumSquaredErrorSquared", "sumLogLoss", "sumHit",
          "sumSquaredErrorLow", "sumSquaredErrorHigh", "binN", "binP", "binO"
        FROM "score_cell"`;
      const slugs = new Map(
        (await tx.analyst.findMany({ select: { id: true, slug: true } })).map((analyst) => [analyst.id, analyst.slug]),
      );
      const differences: ScoreCellDifference[] = [];
      const report = (analystId: string, grain: string, key: string, want: ScoreSums, got: ScoreSums) => {
        const fields = sumsDifferences(want, got);
        if (fields.length) differences.push({ analyst: slugs.get(analystId) ?? analystId, grain, key, fields });
      };
      const seen = new Set<string>();
      for (const { analystId, grain, key, ...sums } of stored) {
        const id = cellKey(analystId, grain, key);
        seen.add(id);
        report(analystId, grain, key, expected.get(id) ?? emptySums(), sums);
      }
      for (const [id, sums] of expected) {
        if (seen.has(id)) continue;
        const [grain, key, analystId] = id.split("\u0000") as [string, string, string];
        report(analystId, grain, key, sums, emptySums());
      }
      for (const difference of await fairDifferences(tx)) {
        differences.push({ ...difference, analyst: slugs.get(difference.analyst) ?? difference.analyst });
      }
      differences.sort(
        (a, b) => a.analyst.localeCompare(b.analyst) || a.grain.localeCompare(b.grain) || a.key.localeCompare(b.key),
      );
      return { predictions: total, cells: stored.length, differences };
    },
    { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 10_000 },
  );
}

const FAIR_TOLERANCE = 1e-9;
const near = (a: number, b: number) => Math.abs(a - b) <= FAIR_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The fair comparison's kept sums (fair_cell, by analyst id) against the domain's fairSumsOf over
 * the raw rows: every scored linked prediction with the reference referenceFor picks. Reported as
 * grain "fair".
 */
async function fairDifferences(tx: Prisma.TransactionClient): Promise<ScoreCellDifference[]> {
  const predictions = await tx.prediction.findMany({
    where: { questionId: { not: null }, outcome: { in: ["TRUE", "FALSE", "PARTIAL"] } },
    select: {
      key: true,
      analystId: true,
      questionId: true,
      madeAt: true,
      probability: true,
      outcome: true,
      credit: true,
      negated: true,
    },
  });
  const references = new Map<string, { probability: number; asOf: Date }[]>();
  for (const reference of await tx.questionReference.findMany({
    select: { questionId: true, probability: true, asOf: true },
  })) {
    const list = references.get(reference.questionId) ?? [];
    list.push(reference);
    references.set(reference.questionId, list);
  }
  const expected = fairSumsOf(
    predictions.map((prediction) => ({
      analyst: { slug: prediction.analystId, name: prediction.analystId },
      key: prediction.key,
      madeAt: prediction.madeAt,
      probability: prediction.probability,
      outcome: prediction.outcome,
      credit: prediction.credit,
      question: prediction.questionId,
      negated: prediction.negated,
      reference: referenceFor(references.get(prediction.questionId!) ?? [], prediction.madeAt)?.probability ?? null,
    })),
  );
  const stored = await tx.$queryRaw<(Omit<AnalystFairSums, "slug"> & { analystId: string })[]>`
    SELECT "analystId", "refN", "sumSquaredError", "sumReferenceError", "sharedN", "sumRelative" FROM "fair_cell"`;
  const empty = { refN: 0, sumSquaredError: 0, sumReferenceError: 0, sharedN: 0, sumRelative: 0 };
  const want = new Map(expected.map((sums) => [sums.slug, sums]));
  const got = new Map(stored.map(({ analystId, ...sums }) => [analystId, sums]));
  const differences: ScoreCellDifference[] = [];
  for (const analyst of new Set([...want.keys(), ...got.keys()])) {
    const a = want.get(analyst) ?? { ...empty, slug: analyst };
    const b = got.get(analyst) ?? empty;
    const fields: string[] = [];
    for (const field of ["refN", "sharedN"] as const) {
      if (a[field] !== b[field]) fields.push(`${field}: expected ${a[field]}, found ${b[field]}`);
    }
    for (const field of ["sumSquaredError", "sumReferenceError", "sumRelative"] as const) {
      if (!near(a[field], b[field])) fields.push(`${field}: expected ${a[field]}, found ${b[field]}`);
    }
    if (fields.length) differences.push({ analyst, grain: "fair", key: "", fields });
  }
  return differences;
}

/**
 * Recomputes every cell from the raw rows in SQL (score_cells_rebuild, and fair_rebuild for the
 * fair comparison's votes and sums), in one transaction.
 */
export async function rebuildScoreCells(db: Database): Promise<{ cells: number }> {
  return await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT "score_cells_rebuild"()`;
      await tx.$executeRaw`SELECT "fair_rebuild"()`;
      const [counted] = await tx.$queryRaw<{ cells: number }[]>`SELECT count(*)::int AS cells FROM "score_cell"`;
      return { cells: counted?.cells ?? 0 };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}
