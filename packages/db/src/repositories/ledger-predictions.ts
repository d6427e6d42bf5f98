import {
  DomainError,
  planUpdate,
  sameResolution,
  type FieldIssue,
  type LedgerFile,
  type LedgerPrediction,
  type StoredEntry,
} from "@hindsight/domain";
import type { Prisma } from "../client";
import type { ImportCounts, ImportProgress } from "./ledger";
import { comparedColumns, predictionColumns, predictionData, type PredictionData } from "./ledger-predictions-columns";
import { ensureTags, writeStaged, type TagChange } from "./ledger-predictions-write";
import { linkedResolution, type LinkedQuestion } from "./ledger-questions";
import type { SourceLink } from "./ledger-sources";
import { chunks, newId, type StatementQueue } from "./ledger-sql";

/** A stored prediction the file names, with what the diff needs. */
interface StoredPrediction extends PredictionData {
  id: string;
  key: string;
  version: number;
  parentId: string | null;
  parentKey: string | null;
  questionKey: string | null;
  tags: string[];
  /** Whether any judgement exists (the probability is then fixed). */
  judged: boolean;
  latestOutcome: string | null;
  latestCredit: number | null;
  latestResolvedAt: Date | null;
  latestNote: string | null;
  latestEvidence: string[] | null;
}

const STORED_PREDICTION = `
  SELECT p."id", p."key", p."version", p."parentId", parent."key" AS "parentKey",
    p."analystId", p."sourceId", p."claim", p."quote", p."quoteStart", p."quoteEnd", p."criteria",
    p."madeAt", p."resolveBy", p."probability", p."probabilitySource"::text AS "probabilitySource",
    p."hedge", p."probabilityLow", p."probabilityHigh", p."conditional", p."condition",
    p."questionId", question."key" AS "questionKey", p."negated",
    coalesce((SELECT array_agg(t."slug" ORDER BY t."slug") FROM "prediction_tag" AS pt
      JOIN "tag" AS t ON t."id" = pt."tagId" WHERE pt."predictionId" = p."id"), '{}') AS "tags",
    latest."id" IS NOT NULL AS "judged", latest."outcome"::text AS "latestOutcome",
    latest."credit" AS "latestCredit", latest."resolvedAt" AS "latestResolvedAt",
    latest."note" AS "latestNote", latest."evidence" AS "latestEvidence"
  FROM "prediction" AS p
  LEFT JOIN "prediction" AS parent ON parent."id" = p."parentId"
  LEFT JOIN "question" AS question ON question."id" = p."questionId"
  LEFT JOIN LATERAL (
    SELECT j."id", j."outcome", j."credit", j."resolvedAt", j."note", j."evidence" FROM "judgement" AS j
    WHERE j."predictionId" = p."id" ORDER BY j."createdAt" DESC, j."id" DESC LIMIT 1
  ) AS latest ON true`;

/**
 * The stored predictions the file names, with their tags and latest judgement, locked until the
 * transaction ends (in id order, so that two imports cannot deadlock): a judgement or an edit
 * committing between this read and the writes below would otherwise be overwritten, or slip a
 * probability change past the judged check.
 */
async function readStored(tx: Prisma.TransactionClient, keys: string[]): Promise<Map<string, StoredPrediction>> {
  const stored = new Map<string, StoredPrediction>();
  for (const batch of chunks(keys, 20_000)) {
    const rows = await tx.$queryRawUnsafe<StoredPrediction[]>(
      `${STORED_PREDICTION} WHERE p."key" = ANY($1::text[]) ORDER BY p."id" FOR UPDATE OF p`,
      batch,
    );
    for (const row of rows) stored.set(row.key, row);
  }
  return stored;
}

/**
 * The stored predictions linked to these questions that the file does not name (locked too): a
 * question judged by the file judges them as well.
 */
async function readLinkedElsewhere(
  tx: Prisma.TransactionClient,
  questionIds: string[],
  fileKeys: ReadonlySet<string>,
): Promise<StoredPrediction[]> {
  const rows: StoredPrediction[] = [];
  for (const batch of chunks(questionIds, 10_000)) {
    const linked = await tx.$queryRawUnsafe<StoredPrediction[]>(
      `${STORED_PREDICTION} WHERE p."questionId" = ANY($1::text[]) ORDER BY p."id" FOR UPDATE OF p`,
      batch,
    );
    rows.push(...linked.filter((row) => !fileKeys.has(row.key)));
  }
  return rows;
}

/** A stored row as the import's plan (packages/domain/src/ledger/plan.ts) compares it. */
function storedEntry(row: StoredPrediction): StoredEntry<PredictionData> {
  return {
    fields: row,
    parentKey: row.parentKey,
    questionKey: row.questionKey,
    tags: row.tags,
    version: row.version,
    latest: row.judged
      ? {
          outcome: row.latestOutcome,
          credit: row.latestCredit,
          resolvedAt: row.latestResolvedAt,
          note: row.latestNote,
          evidence: row.latestEvidence ?? [],
        }
      : null,
  };
}

export async function writePredictions(
  tx: Prisma.TransactionClient,
  queue: StatementQueue,
  ledger: LedgerFile,
  links: {
    analystIds: Map<string, string>;
    sources: Map<string, SourceLink>;
    questions: Map<string, LinkedQuestion>;
    actor: { userId: string | null };
    counts: ImportCounts;
    now: Date;
    locate: (path: string) => string;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<void> {
  const { actor, counts, now, locate } = links;
  await queue.flush();
  const stored = await readStored(
    tx,
    ledger.predictions.map((prediction) => prediction.key),
  );

  const ids = new Map<string, string>();
  const created: object[] = [];
  const updated: object[] = [];
  const audits: object[] = [];
  const judgements: object[] = [];
  const tagChanges: TagChange[] = [];
  const refused: FieldIssue[] = [];
  const audit = (entityId: string, action: string, before: object | null, after: object) =>
    audits.push({ id: newId(), actorId: actor.userId, action, entity: "prediction", entityId, before, after });
  const judge = (
    predictionId: string,
    resolution: NonNullable<LedgerPrediction["resolution"]>,
    version: number,
    questionJudgementId: string | null,
  ) =>
    judgements.push({
      id: newId(),
      predictionId,
      outcome: resolution.outcome,
      credit: resolution.credit ?? null,
      resolvedAt: resolution.resolvedAt,
      note: resolution.note ?? null,
      evidence: resolution.evidence ?? [],
      judgedById: actor.userId,
      basedOnVersion: version,
      questionJudgementId,
    });

  ledger.predictions.forEach((prediction, index) => {
    const source = prediction.source ? (links.sources.get(prediction.source) ?? null) : null;
    const question = prediction.question ? (links.questions.get(prediction.question) ?? null) : null;
    const data = predictionData(prediction, links.analystIds.get(prediction.analyst)!, source, question);
    // Linked to a resolved question, the prediction follows the question's judgement (its own
    // resolution, if any, was found to agree with it); else its own resolution counts, as in v1.
    const resolution = question?.verdict
      ? linkedResolution(question.verdict, data.negated)
      : (prediction.resolution ?? null);
    const questionJudgementId = question?.verdict ? question.judgementId : null;
    const row = stored.get(prediction.key);
    if (!row) {
      // Logged at version 1; a resolution is its first judgement, made against that version.
      const id = newId();
      ids.set(prediction.key, id);
      created.push({
        id,
        key: prediction.key,
        ...data,
        createdById: actor.userId,
        version: resolution ? 2 : 1,
        outcome: resolution?.outcome ?? null,
        credit: resolution?.credit ?? null,
        resolvedAt: resolution?.resolvedAt ?? null,
      });
      audit(id, "prediction.import", null, data);
      if (resolution) judge(id, resolution, 1, questionJudgementId);
      if (prediction.tags.length) tagChanges.push({ id, add: prediction.tags, remove: [] });
      return;
    }

    ids.set(prediction.key, row.id);
    const plan = planUpdate(
      storedEntry(row),
      {
        fields: data,
        parentKey: prediction.parent ?? null,
        questionKey: question?.key ?? null,
        tags: prediction.tags,
        resolution,
      },
      comparedColumns,
    );
    if (plan.tags) tagChanges.push({ id: row.id, ...plan.tags });
    if (plan.probabilityLocked) {
      refused.push({
        path: locate(`predictions[${index}].probability`),
        message: `"${prediction.key}" has been judged: its probability (${row.probability}) was fixed before the outcome was known`,
      });
    }
    if (plan.changed) {
      audit(row.id, "prediction.update", plan.before, plan.after);
      counts.predictions.updated++;
    } else counts.predictions.unchanged++;
    if (plan.judge && resolution) judge(row.id, resolution, plan.judgedAgainst, questionJudgementId);
    if (plan.changed || plan.judge) {
      updated.push({
        id: row.id,
        ...data,
        version: plan.version,
        judged: plan.judge,
        outcome: plan.judge ? resolution!.outcome : null,
        credit: plan.judge ? (resolution!.credit ?? null) : null,
        resolvedAt: plan.judge ? resolution!.resolvedAt : null,
      });
    }
  });
  if (refused.length) {
    throw new DomainError("CONFLICT", "The probability of a judged prediction cannot change", refused);
  }

  // A question the file judged judges the predictions linked to it that the file does not name.
  const judgedNow = [...links.questions.values()].filter((question) => question.judgedNow);
  const fileKeys = new Set(ledger.predictions.map((prediction) => prediction.key));
  const byId = new Map(judgedNow.map((question) => [question.id, question]));
  for (const row of await readLinkedElsewhere(tx, [...byId.keys()], fileKeys)) {
    const question = byId.get(row.questionId!)!;
    const resolution = linkedResolution(question.verdict!, row.negated);
    if (sameResolution(storedEntry(row).latest, resolution)) continue;
    judge(row.id, resolution, row.version, question.judgementId);
    const data = Object.fromEntries(
      Object.keys(predictionColumns).map((field) => [field, row[field as keyof PredictionData]]),
    );
    updated.push({
      ...data,
      id: row.id,
      version: row.version + 1,
      judged: true,
      outcome: resolution.outcome,
      credit: resolution.credit ?? null,
      resolvedAt: resolution.resolvedAt,
    });
  }

  // Parts point at their whole once every prediction of the file exists, whatever the order.
  const moves = ledger.predictions.flatMap((prediction) => {
    const parentId = prediction.parent ? (ids.get(prediction.parent) ?? null) : null;
    const current = stored.get(prediction.key)?.parentId ?? null;
    return parentId === current ? [] : [{ id: ids.get(prediction.key)!, parentId }];
  });
  const tagIds = await ensureTags(tx, tagChanges);
  const tagLinks = (pick: (change: TagChange) => string[]) =>
    tagChanges.flatMap((change) => pick(change).map((slug) => ({ predictionId: change.id, tagId: tagIds.get(slug)! })));
  const tagsAdded = tagLinks((change) => change.add);
  const tagsRemoved = tagLinks((change) => change.remove);

  await writeStaged(
    queue,
    { created, updated, moves, tagsAdded, tagsRemoved, judgements, audits },
    { counts, now, onProgress: links.onProgress },
  );
}
