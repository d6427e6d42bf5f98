import {
  DomainError,
  linkDisagreement,
  linkedOutcome,
  changedFields,
  planUpdate,
  utcDay,
  type FieldIssue,
  type LedgerFile,
  type LedgerResolution,
  type Outcome,
  type StoredEntry,
} from "@hindsight/domain";
import type { Prisma } from "../client";
import { assignEach, chunks, insertRows, newId, updateRows, type StatementQueue } from "./ledger-sql";

/**
 * The questions of a ledger import (contract v1.1): questions created or updated, reference
 * forecasts added or corrected, question judgements appended; and what the predictions of the file
 * need to follow their links. Part of importLedger's one transaction (ledger.ts).
 */
type Transaction = Prisma.TransactionClient;

/** A question's resolution as linked predictions receive it. */
export interface Verdict {
  outcome: Outcome;
  credit: number | null;
  resolvedAt: Date;
  note: string | null;
  evidence: string[];
}

/** A question a prediction of the file may link to, after the questions were written. */
export interface LinkedQuestion {
  id: string;
  key: string;
  /** The resolution linked predictions follow: the file's, else the latest stored one; null while open. */
  verdict: Verdict | null;
  /** The question judgement that verdict is: appended by this import, or the latest stored one. */
  judgementId: string | null;
  /** Whether this import appended that judgement (every prediction linked in the ledger then follows it). */
  judgedNow: boolean;
}

export interface QuestionCounts {
  questions: { created: number; updated: number; judged: number };
  references: { created: number; updated: number };
}

interface StoredQuestion {
  id: string;
  key: string;
  title: string;
  criteria: string | null;
  resolveBy: Date | null;
  version: number;
  judgementId: string | null;
  outcome: Outcome | null;
  credit: number | null;
  /** The date decided, or the judgement's own time for one recorded without it (as the export writes it). */
  resolvedAt: Date | null;
  note: string | null;
  evidence: string[] | null;
}

interface StoredReference {
  id: string;
  questionId: string;
  probability: number;
  source: string;
  asOf: Date;
  url: string | null;
}

/** The question fields an import compares, and audits when they change. */
const questionFields = ["title", "criteria", "resolveBy"] as const;

/** The reference fields an import compares, and corrects when they change. */
const referenceFields = ["probability", "source", "asOf", "url"] as const;

/** A question has no parent, no link and no tags: those parts of the plan stay as they are. */
const unlinked = { parentKey: null, questionKey: null, tags: [] };

/** A stored question as the import's plan compares it. */
function storedEntry(row: StoredQuestion): StoredEntry<Pick<StoredQuestion, (typeof questionFields)[number]>> {
  return {
    ...unlinked,
    fields: row,
    version: row.version,
    latest: row.judgementId
      ? {
          outcome: row.outcome,
          credit: row.credit,
          resolvedAt: row.resolvedAt,
          note: row.note,
          evidence: row.evidence ?? [],
        }
      : null,
  };
}

/** The verdict of a file's resolution. */
const verdictOf = (resolution: LedgerResolution): Verdict => ({
  outcome: resolution.outcome,
  credit: resolution.credit ?? null,
  resolvedAt: resolution.resolvedAt,
  note: resolution.note ?? null,
  evidence: resolution.evidence ?? [],
});

/** The resolution a linked prediction receives from its question: mapped for a negated link. */
export function linkedResolution(verdict: Verdict, negated: boolean): LedgerResolution {
  const mapped = linkedOutcome(verdict.outcome, verdict.credit, negated);
  return {
    outcome: mapped.outcome ?? verdict.outcome,
    credit: mapped.credit ?? undefined,
    resolvedAt: verdict.resolvedAt,
    note: verdict.note ?? undefined,
    evidence: verdict.evidence,
  };
}

/**
 * The questions the file names (its own and those its predictions link to), with their latest
 * judgement, locked until the transaction ends (in id order, as predictions are).
 */
async function readStoredQuestions(tx: Transaction, keys: string[]): Promise<Map<string, StoredQuestion>> {
  const stored = new Map<string, StoredQuestion>();
  for (const batch of chunks(keys, 20_000)) {
    const rows = await tx.$queryRaw<StoredQuestion[]>`
      SELECT q."id", q."key", q."title", q."criteria", q."resolveBy", q."version",
        latest."id" AS "judgementId", latest."outcome"::text AS "outcome", latest."credit",
        coalesce(latest."resolvedAt", latest."createdAt") AS "resolvedAt", latest."note", latest."evidence"
      FROM "question" AS q
      LEFT JOIN LATERAL (
        SELECT j."id", j."outcome", j."credit", j."resolvedAt", j."note", j."evidence", j."createdAt"
        FROM "question_judgement" AS j
        WHERE j."questionId" = q."id" ORDER BY j."createdAt" DESC, j."id" DESC LIMIT 1
      ) AS latest ON true
      WHERE q."key" = ANY(${batch}::text[])
      ORDER BY q."id"
      FOR UPDATE OF q`;
    for (const row of rows) stored.set(row.key, row);
  }
  return stored;
}

async function readStoredReferences(tx: Transaction, questionIds: string[]): Promise<StoredReference[]> {
  const references: StoredReference[] = [];
  for (const batch of chunks(questionIds, 20_000)) {
    references.push(
      ...(await tx.questionReference.findMany({
        where: { questionId: { in: batch } },
        select: { id: true, questionId: true, probability: true, source: true, asOf: true, url: true },
      })),
    );
  }
  return references;
}

/**
 * Writes the file's questions and returns every question a prediction of the file may link to,
 * by key. Refuses the whole file (INVALID, each problem by the prediction's path) when a prediction
 * links to a question neither the file nor the ledger has, or carries a resolution of its own that
 * disagrees with its question's (mapped for a negated link).
 *
 * A new question writes "question.create"; a changed title, criteria or deadline "question.update"
 * (before and after) and a new version; a reference on a day the question has none
 * "question.reference.add", and one that differs from the stored reference of its day
 * "question.reference.update". A resolution that differs from the latest question judgement is
 * appended as a question judgement made against the question's version (which then increases).
 * References and judgements the file leaves out stay.
 */
export async function writeQuestions(
  tx: Transaction,
  queue: StatementQueue,
  ledger: LedgerFile,
  context: {
    actor: { userId: string | null };
    counts: QuestionCounts;
    now: Date;
    locate: (path: string) => string;
  },
): Promise<Map<string, LinkedQuestion>> {
  const { actor, counts, now, locate } = context;
  const linkedKeys = ledger.predictions.flatMap((prediction) => (prediction.question ? [prediction.question] : []));
  const keys = [...new Set([...ledger.questions.map((question) => question.key), ...linkedKeys])];
  const linked = new Map<string, LinkedQuestion>();
  if (keys.length === 0) return linked;
  await queue.flush();
  const stored = await readStoredQuestions(tx, keys);
  const storedVerdict = (row: StoredQuestion | undefined): Verdict | null =>
    row?.outcome && row.resolvedAt
      ? {
          outcome: row.outcome,
          credit: row.credit,
          resolvedAt: row.resolvedAt,
          note: row.note,
          evidence: row.evidence ?? [],
        }
      : null;

  const created: object[] = [];
  const updated: object[] = [];
  const judgements: object[] = [];
  const audits: object[] = [];
  const audit = (entityId: string, action: string, before: object | null, after: object) =>
    audits.push({ id: newId(), actorId: actor.userId, action, entity: "question", entityId, before, after });

  for (const question of ledger.questions) {
    const row = stored.get(question.key);
    const id = row?.id ?? newId();
    const data = {
      title: question.title,
      criteria: question.criteria ?? null,
      resolveBy: question.resolveBy ?? null,
    };
    const latest = storedVerdict(row);
    const resolution = question.resolution ?? null;
    // A new question is created at version 1 and judged against it; a stored one is compared by
    // the import's plan (packages/domain/src/ledger/plan.ts), as a prediction is.
    const plan = row
      ? planUpdate(storedEntry(row), { ...unlinked, fields: data, resolution }, questionFields)
      : { before: {}, after: {}, changed: false, judge: resolution !== null, judgedAgainst: 1 };
    if (!row) {
      audit(id, "question.create", null, { id, key: question.key, ...data });
      counts.questions.created++;
    } else if (plan.changed) {
      audit(id, "question.update", plan.before, plan.after);
      counts.questions.updated++;
    }
    const judgedNow = plan.judge && resolution !== null;
    let judgementId = row?.judgementId ?? null;
    if (judgedNow) {
      judgementId = newId();
      judgements.push({
        id: judgementId,
        questionId: id,
        ...verdictOf(resolution),
        judgedById: actor.userId,
        basedOnVersion: plan.judgedAgainst,
      });
      counts.questions.judged++;
    }
    const version = plan.judgedAgainst + (judgedNow ? 1 : 0);
    const verdict = resolution ? verdictOf(resolution) : latest;
    linked.set(question.key, { id, key: question.key, verdict, judgementId: verdict ? judgementId : null, judgedNow });
    const cache = {
      judged: judgedNow,
      outcome: resolution?.outcome ?? null,
      credit: resolution?.credit ?? null,
      resolvedAt: resolution?.resolvedAt ?? null,
    };
    if (!row) created.push({ id, key: question.key, ...data, version, ...cache, createdById: actor.userId });
    else if (plan.changed || judgedNow) updated.push({ id, ...data, version, ...cache });
  }

  // Questions the predictions link to that the file does not describe: as the ledger has them.
  const problems: FieldIssue[] = [];
  ledger.predictions.forEach((prediction, index) => {
    const key = prediction.question;
    if (key === undefined || linked.has(key)) return;
    const row = stored.get(key);
    if (!row) {
      problems.push({
        path: locate(`predictions[${index}].question`),
        message: `no question with key "${key}" in this file or in the ledger`,
      });
      return;
    }
    const verdict = storedVerdict(row);
    linked.set(key, { id: row.id, key, verdict, judgementId: verdict ? row.judgementId : null, judgedNow: false });
  });
  // A linked prediction's own resolution must say what its question's says.
  ledger.predictions.forEach((prediction, index) => {
    const question = prediction.question ? linked.get(prediction.question) : undefined;
    if (!question?.verdict || !prediction.resolution) return;
    const disagreement = linkDisagreement(question.key, question.verdict, prediction.negated ?? false, {
      outcome: prediction.resolution.outcome,
      credit: prediction.resolution.credit ?? null,
    });
    if (disagreement) problems.push({ path: locate(`predictions[${index}].resolution`), message: disagreement });
  });
  if (problems.length) {
    throw new DomainError("INVALID", "The file's links to questions do not hold", problems);
  }

  // References: one a UTC day; the stored one of the day is corrected when the file's differs.
  const existing = new Map<string, StoredReference>();
  const storedIds = ledger.questions.flatMap((question) => {
    const row = stored.get(question.key);
    return row && question.references.length ? [row.id] : [];
  });
  for (const reference of await readStoredReferences(tx, storedIds)) {
    existing.set(`${reference.questionId} ${utcDay(reference.asOf)}`, reference);
  }
  const referencesAdded: object[] = [];
  const referencesChanged: object[] = [];
  for (const question of ledger.questions) {
    const questionId = linked.get(question.key)!.id;
    for (const reference of question.references) {
      const data = {
        probability: reference.probability,
        source: reference.source,
        asOf: reference.asOf,
        url: reference.url ?? null,
      };
      const row = existing.get(`${questionId} ${utcDay(reference.asOf)}`);
      if (!row) {
        const id = newId();
        referencesAdded.push({ id, questionId, ...data, createdById: actor.userId });
        audit(questionId, "question.reference.add", null, { id, ...data });
        continue;
      }
      const { before, after } = changedFields(row, { ...row, ...data }, referenceFields);
      if (Object.keys(after).length) {
        referencesChanged.push({ id: row.id, ...data });
        audit(questionId, "question.reference.update", { id: row.id, ...before }, { id: row.id, ...after });
      }
    }
  }
  counts.references.created = referencesAdded.length;
  counts.references.updated = referencesChanged.length;

  const columns = { id: "text", title: "text", criteria: "text", resolveBy: "timestamp(3)", version: "integer" };
  const cache = { outcome: '"Outcome"', credit: "double precision", resolvedAt: "timestamp(3)" };
  await insertRows(queue, "question", { ...columns, key: "text", ...cache, createdById: "text" }, created, {
    now,
    stamped: ["createdAt", "updatedAt"],
  });
  await updateRows(queue, "question", { ...columns, judged: "boolean", ...cache }, updated, {
    now,
    // The outcome columns cache the latest question judgement: only a new one moves them.
    set: [
      assignEach(["title", "criteria", "resolveBy", "version"]),
      `"outcome" = CASE WHEN v."judged" THEN v."outcome" ELSE t."outcome" END`,
      `"credit" = CASE WHEN v."judged" THEN v."credit" ELSE t."credit" END`,
      `"resolvedAt" = CASE WHEN v."judged" THEN v."resolvedAt" ELSE t."resolvedAt" END`,
    ].join(", "),
  });
  await insertRows(
    queue,
    "question_judgement",
    {
      id: "text",
      questionId: "text",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
      note: "text",
      evidence: "text[]",
      judgedById: "text",
      basedOnVersion: "integer",
    },
    judgements,
    { now, stamped: ["createdAt"] },
  );
  const referenceColumns = {
    id: "text",
    probability: "double precision",
    source: "text",
    asOf: "timestamp(3)",
    url: "text",
  };
  await insertRows(
    queue,
    "question_reference",
    { ...referenceColumns, questionId: "text", createdById: "text" },
    referencesAdded,
    { now, stamped: ["createdAt"] },
  );
  await updateRows(queue, "question_reference", referenceColumns, referencesChanged, {
    now,
    stamped: false,
    set: assignEach(["probability", "source", "asOf", "url"]),
  });
  await insertRows(
    queue,
    "audit_event",
    { id: "text", actorId: "text", action: "text", entity: "text", entityId: "text", before: "jsonb", after: "jsonb" },
    audits,
    { now, stamped: ["at"] },
  );
  return linked;
}
