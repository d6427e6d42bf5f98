import { DomainError, parseLedger } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { importLedger, type ImportCounts } from "../repositories/ledger";
import {
  SAMPLE_NOTICE,
  sampleAnalysts,
  samplePredictions,
  sampleQuestions,
  sampleSources,
  type SampleResolution,
} from "./sample-newsroom";

type Transaction = Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `date` falls on: the sample's anchor. */
export const startOfUtcDay = (date: Date): Date =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

const dayOf = (anchor: Date, day: number): Date => new Date(anchor.getTime() + day * DAY_MS);
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const longDate = (date: Date): string =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** A claim or title with its `{by}` replaced by the deadline, written out ("14 March 2026"). */
const withDeadline = (text: string, by: Date | null): string => (by ? text.replace("{by}", longDate(by)) : text);

const resolutionOn = (anchor: Date, resolution: SampleResolution) => ({
  outcome: resolution.outcome,
  ...(resolution.credit === undefined ? {} : { credit: resolution.credit }),
  resolvedAt: isoDay(dayOf(anchor, resolution.day)),
  note: resolution.note,
});

const sourceDay = new Map(sampleSources.map((source) => [source.key, source.day]));

/** The keys the sample writes, per table: how the seed finds its rows again, and what it must not take over. */
export const sampleKeys = {
  analysts: sampleAnalysts.map((analyst) => analyst.slug),
  sources: sampleSources.map((source) => source.key),
  questions: sampleQuestions.map((question) => question.key),
  predictions: samplePredictions.map((prediction) => prediction.key),
};

/**
 * The sample newsroom as a hindsight/v1 ledger file (before validation), every date counted from
 * `anchor` (midnight UTC): the same anchor gives the same file, byte for byte.
 */
export function sampleLedger(anchor: Date): unknown {
  const analystsBySlug = new Map(sampleAnalysts.map((analyst) => [analyst.slug, analyst]));
  return {
    format: "hindsight/v1",
    analysts: sampleAnalysts.map(({ slug, name, affiliation }) => ({ slug, name, affiliation })),
    sources: sampleSources.map((source) => {
      const said = samplePredictions
        .filter((prediction) => prediction.source === source.key)
        .map((prediction) => `${analystsBySlug.get(prediction.analyst)!.byline} said: “${prediction.quote}”`);
      return {
        key: source.key,
        title: source.title,
        outlet: source.outlet,
        publishedAt: isoDay(dayOf(anchor, source.day)),
        authors: source.authors,
        text: [SAMPLE_NOTICE, source.lead, ...said].join("\n\n"),
      };
    }),
    questions: sampleQuestions.map((question) => {
      const by = dayOf(anchor, question.by);
      return {
        key: question.key,
        title: withDeadline(question.title, by),
        criteria: question.criteria,
        resolveBy: isoDay(by),
        references: question.references.map((reference) => ({
          probability: reference.probability,
          source: reference.source,
          asOf: isoDay(dayOf(anchor, reference.day)),
        })),
        ...(question.resolution ? { resolution: resolutionOn(anchor, question.resolution) } : {}),
      };
    }),
    predictions: samplePredictions.map((prediction) => {
      const by = prediction.by === undefined ? null : dayOf(anchor, prediction.by);
      const { reading } = prediction;
      return {
        key: prediction.key,
        analyst: prediction.analyst,
        source: prediction.source,
        claim: withDeadline(prediction.claim, by),
        quote: prediction.quote,
        ...(prediction.criteria ? { criteria: prediction.criteria } : {}),
        madeAt: isoDay(dayOf(anchor, sourceDay.get(prediction.source)!)),
        ...(by ? { resolveBy: isoDay(by) } : {}),
        probability: reading.probability,
        probabilitySource: reading.probabilitySource,
        ...(reading.hedge ? { hedge: reading.hedge, interval: reading.interval } : {}),
        ...(prediction.condition ? { conditional: true, condition: prediction.condition } : {}),
        tags: prediction.tags,
        ...(prediction.question ? { question: prediction.question, negated: prediction.negated ?? false } : {}),
        // A linked prediction takes its outcome from its question.
        ...(prediction.resolution && !prediction.question
          ? { resolution: resolutionOn(anchor, prediction.resolution) }
          : {}),
      };
    }),
  };
}

/**
 * The anchor of the sample already in the database: each sample prediction's date made, less its
 * day in the fixture, and the most common of these (a prediction re-dated by hand does not move
 * it). Null when no sample prediction is there.
 */
async function storedAnchor(db: Database): Promise<Date | null> {
  const rows = await db.prediction.findMany({
    where: { sample: true, key: { in: sampleKeys.predictions } },
    select: { key: true, madeAt: true },
  });
  const votes = new Map<number, number>();
  const dayByKey = new Map(samplePredictions.map((prediction) => [prediction.key, sourceDay.get(prediction.source)!]));
  for (const row of rows) {
    const anchor = startOfUtcDay(row.madeAt).getTime() - dayByKey.get(row.key)! * DAY_MS;
    votes.set(anchor, (votes.get(anchor) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const vote of votes) if (!best || vote[1] > best[1] || (vote[1] === best[1] && vote[0] > best[0])) best = vote;
  return best ? new Date(best[0]) : null;
}

/** Rows that hold a sample key but are not sample rows: the seed refuses to take them over. */
async function takenKeys(db: Database | Transaction): Promise<string[]> {
  const taken = [
    ...(
      await db.analyst.findMany({ where: { slug: { in: sampleKeys.analysts }, sample: false }, select: { slug: true } })
    ).map((row) => `analyst "${row.slug}"`),
    ...(
      await db.source.findMany({ where: { key: { in: sampleKeys.sources }, sample: false }, select: { key: true } })
    ).map((row) => `source "${row.key}"`),
    ...(
      await db.question.findMany({ where: { key: { in: sampleKeys.questions }, sample: false }, select: { key: true } })
    ).map((row) => `question "${row.key}"`),
    ...(
      await db.prediction.findMany({
        where: { key: { in: sampleKeys.predictions }, sample: false },
        select: { key: true },
      })
    ).map((row) => `prediction "${row.key}"`),
  ];
  return taken.sort();
}

export interface SampleSeed {
  /** Midnight UTC of the day the sample's dates count from. */
  anchor: Date;
  counts: ImportCounts;
}

/**
 * Loads the fictional sample newsroom (docs/demo-data.md) through the ledger import, the path the
 * Import page takes: predictions and questions are created with their audit rows, outcomes are
 * appended as judgements (a question's given to its linked predictions), and the score triggers
 * run as for any import. The rows it creates are marked `sample` in the same transaction.
 *
 * Dates count from an anchor: the day of `now` on the first seed, so that the charts end today and
 * the open predictions are still open; afterwards the anchor of the sample already stored, so that
 * seeding again changes nothing (fixed keys, as for the corpus).
 */
export async function seedSample(db: Database, options: { now?: Date } = {}): Promise<SampleSeed> {
  const taken = await takenKeys(db);
  if (taken.length) {
    throw new DomainError(
      "CONFLICT",
      `The sample newsroom's keys are held by rows that are not part of the sample: ${taken.join(", ")}. Nothing was loaded; rename those keys first.`,
    );
  }
  const anchor = (await storedAnchor(db)) ?? startOfUtcDay(options.now ?? new Date());
  const parsed = parseLedger(sampleLedger(anchor));
  if (!parsed.ok) {
    throw new DomainError(
      "INVALID",
      `The sample newsroom is not a valid ledger: ${parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`,
    );
  }
  const counts = await importLedger(db, parsed.ledger, { userId: null }, { beforeCommit: markCreated });
  return { anchor, counts };
}

/**
 * Marks the rows this import created as sample rows. Every row holding a sample key that is not yet
 * marked must be one the import just created (takenKeys found none before): if the numbers differ,
 * a row was taken over after all, and the import is rolled back.
 */
async function markCreated(tx: Transaction, counts: ImportCounts): Promise<void> {
  const taken = await takenKeys(tx);
  const expected = [
    counts.analysts.created,
    counts.sources.created,
    counts.questions.created,
    counts.predictions.created,
  ];
  const marked = [
    await tx.analyst.updateMany({
      where: { slug: { in: sampleKeys.analysts }, sample: false },
      data: { sample: true },
    }),
    await tx.source.updateMany({ where: { key: { in: sampleKeys.sources }, sample: false }, data: { sample: true } }),
    await tx.question.updateMany({
      where: { key: { in: sampleKeys.questions }, sample: false },
      data: { sample: true },
    }),
    await tx.prediction.updateMany({
      where: { key: { in: sampleKeys.predictions }, sample: false },
      data: { sample: true },
    }),
  ].map((result) => result.count);
  if (marked.some((count, index) => count !== expected[index])) {
    throw new DomainError(
      "CONFLICT",
      `Rows that are not part of the sample took some of its keys while it was loading (${taken.join(", ")}). Nothing was loaded.`,
    );
  }
}

/** A sample row that stays because rows outside the sample still depend on it. */
export interface KeptSampleRow {
  entity: "analyst" | "source" | "question" | "prediction";
  key: string;
  name: string;
  /** Keys of the rows outside the sample that hold it (at most five). */
  heldBy: string[];
}

export interface SampleRemoval {
  removed: {
    analysts: number;
    sources: number;
    questions: number;
    references: number;
    questionJudgements: number;
    predictions: number;
    judgements: number;
    auditEvents: number;
    tags: number;
  };
  kept: KeptSampleRow[];
}

/**
 * Removes the sample newsroom: every row marked `sample` and what hangs off it (judgements, tags
 * left without predictions, question links, references, question judgements, audit rows), in one
 * transaction; the score triggers take the predictions out of score_cell and fair_cell as for any
 * delete. Nothing else is touched: a sample analyst, source or question that a prediction outside
 * the sample names (say, one logged by hand for a sample analyst) is kept, and so is a sample
 * prediction that such a prediction is a part of; they are listed in `kept`, so that a second run
 * removes them once nothing depends on them. Running it again with nothing left removes nothing.
 */
export async function removeSample(db: Database): Promise<SampleRemoval> {
  try {
    return await db.$transaction(
      async (tx) => {
        // The append-only trigger lets judgements of sample rows go in this transaction only.
        await tx.$executeRawUnsafe(`SET LOCAL hindsight.removing_sample = 'on'`);
        const kept: KeptSampleRow[] = [];
        const holders = (rows: { key: string }[]) => rows.map((row) => row.key);

        // Lock the sample predictions against a concurrent judgement or edit.
        const predictions = await tx.$queryRaw<{ id: string; key: string; claim: string }[]>`
          SELECT "id", "key", "claim" FROM "prediction" WHERE "sample" ORDER BY "id" FOR UPDATE`;
        const keptPredictions = new Set<string>();
        for (const prediction of predictions) {
          const parts = await tx.prediction.findMany({
            where: { parentId: prediction.id, sample: false },
            select: { key: true },
            orderBy: { key: "asc" },
            take: 5,
          });
          if (parts.length) {
            keptPredictions.add(prediction.id);
            kept.push({ entity: "prediction", key: prediction.key, name: prediction.claim, heldBy: holders(parts) });
          }
        }
        const removable = predictions.filter((prediction) => !keptPredictions.has(prediction.id)).map((row) => row.id);
        // Rows outside what is removed: predictions not in the sample, and sample ones kept.
        const staying = { id: { notIn: removable } };

        const analysts: string[] = [];
        for (const analyst of await tx.analyst.findMany({
          where: { sample: true },
          select: { id: true, slug: true, name: true },
          orderBy: { slug: "asc" },
        })) {
          const held = await tx.prediction.findMany({
            where: { analystId: analyst.id, ...staying },
            select: { key: true },
            orderBy: { key: "asc" },
            take: 5,
          });
          if (held.length)
            kept.push({ entity: "analyst", key: analyst.slug, name: analyst.name, heldBy: holders(held) });
          else analysts.push(analyst.id);
        }
        const sources: string[] = [];
        for (const source of await tx.source.findMany({
          where: { sample: true },
          select: { id: true, key: true, title: true },
          orderBy: { key: "asc" },
        })) {
          const held = await tx.prediction.findMany({
            where: { sourceId: source.id, ...staying },
            select: { key: true },
            orderBy: { key: "asc" },
            take: 5,
          });
          if (held.length) kept.push({ entity: "source", key: source.key, name: source.title, heldBy: holders(held) });
          else sources.push(source.id);
        }
        const questions: string[] = [];
        for (const question of await tx.question.findMany({
          where: { sample: true },
          select: { id: true, key: true, title: true },
          orderBy: { key: "asc" },
        })) {
          // Linked now, or judged through it once (a judgement keeps pointing at the question's).
          const held = await tx.prediction.findMany({
            where: {
              ...staying,
              OR: [
                { questionId: question.id },
                { judgements: { some: { questionJudgement: { questionId: question.id } } } },
              ],
            },
            select: { key: true },
            orderBy: { key: "asc" },
            take: 5,
          });
          if (held.length)
            kept.push({ entity: "question", key: question.key, name: question.title, heldBy: holders(held) });
          else questions.push(question.id);
        }

        const tagIds = [
          ...new Set(
            (
              await tx.predictionTag.findMany({ where: { predictionId: { in: removable } }, select: { tagId: true } })
            ).map((row) => row.tagId),
          ),
        ];
        const auditEvents = await tx.auditEvent.deleteMany({
          where: {
            OR: [
              { entity: "prediction", entityId: { in: removable } },
              { entity: "question", entityId: { in: questions } },
            ],
          },
        });
        const judgements = await tx.judgement.deleteMany({ where: { predictionId: { in: removable } } });
        const removedPredictions = await tx.prediction.deleteMany({ where: { id: { in: removable } } });
        const questionJudgements = await tx.questionJudgement.deleteMany({ where: { questionId: { in: questions } } });
        const references = await tx.questionReference.deleteMany({ where: { questionId: { in: questions } } });
        const removedQuestions = await tx.question.deleteMany({ where: { id: { in: questions } } });
        const removedSources = await tx.source.deleteMany({ where: { id: { in: sources } } });
        const removedAnalysts = await tx.analyst.deleteMany({ where: { id: { in: analysts } } });
        // Tags only the removed predictions carried: nothing else names them any more.
        const tags = await tx.tag.deleteMany({ where: { id: { in: tagIds }, predictions: { none: {} } } });
        return {
          removed: {
            analysts: removedAnalysts.count,
            sources: removedSources.count,
            questions: removedQuestions.count,
            references: references.count,
            questionJudgements: questionJudgements.count,
            predictions: removedPredictions.count,
            judgements: judgements.count,
            auditEvents: auditEvents.count,
            tags: tags.count,
          },
          kept,
        };
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw toDomainError(error);
  }
}
