import { randomUUID } from "node:crypto";
import {
  DomainError,
  linkedProbability,
  referenceFor,
  type AddReferenceInput,
  type CreateQuestionInput,
  type LinkedPrediction,
  type ListQuestionsInput,
  type Page,
  type QuestionDetail,
  type QuestionJudgementRecord,
  type QuestionReferenceRecord,
  type QuestionSummary,
  type SuggestQuestionsInput,
  type UpdateQuestionInput,
} from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { toDomainError } from "../errors";
import { onPrimary } from "../replica";
import { readAuditHistory } from "./audit-history";
import { decodeCursor, encodeCursor } from "./cursor";
import { linkInTransaction } from "./question-judgements";

type Transaction = Prisma.TransactionClient;

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** The shapes are the domain's (packages/domain/src/schemas/question-output.ts); named here too for this package's readers. */
export type { LinkedPrediction, QuestionDetail, QuestionJudgementRecord, QuestionReferenceRecord, QuestionSummary };

const summarySelect = {
  id: true,
  key: true,
  title: true,
  resolveBy: true,
  outcome: true,
  credit: true,
  resolvedAt: true,
  version: true,
  createdAt: true,
} as const;

async function audit(
  tx: Transaction,
  actorId: string | null,
  action: string,
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId,
      action,
      entity: "question",
      entityId,
      before: before === null ? undefined : json(before),
      after: after === null ? undefined : json(after),
    },
  });
}

/** The question with this key, or NOT_FOUND (read inside the caller's transaction). */
export async function questionByKey(tx: Transaction | Database, key: string) {
  const question = await tx.question.findUnique({ where: { key }, select: { ...summarySelect, criteria: true } });
  if (!question)
    throw new DomainError("NOT_FOUND", `Question ${key} does not exist`, [
      { path: "key", message: "No such question" },
    ]);
  return question;
}

/** Creates a question (and, from a prediction's page, links that prediction to it), audited. */
export async function createQuestion(
  db: Database,
  input: CreateQuestionInput,
  actor: { userId: string | null },
): Promise<QuestionDetail> {
  let key = input.key ?? `q-${randomUUID()}`;
  try {
    await db.$transaction(async (tx) => {
      if (input.key && (await tx.question.findUnique({ where: { key: input.key }, select: { id: true } }))) {
        throw new DomainError("CONFLICT", `A question with the key ${input.key} already exists`, [
          { path: "key", message: "Already taken" },
        ]);
      }
      const question = await tx.question.create({
        data: {
          key,
          title: input.title,
          criteria: input.criteria ?? null,
          resolveBy: input.resolveBy ?? null,
          createdById: actor.userId,
        },
        select: { id: true, key: true, title: true, criteria: true, resolveBy: true },
      });
      key = question.key;
      await audit(tx, actor.userId, "question.create", question.id, null, question);
      if (input.fromPrediction) {
        await linkInTransaction(
          tx,
          { ...input.fromPrediction, predictionId: input.fromPrediction.id, question: key },
          actor,
        );
      }
    });
  } catch (error) {
    throw toDomainError(error);
  }
  return await getQuestionDetail(onPrimary(db), key);
}

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date || b instanceof Date ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime() : a === b;

/** Edits a question's title, criteria or deadline against the version read, audited. */
export async function updateQuestion(
  db: Database,
  input: UpdateQuestionInput,
  actor: { userId: string | null },
): Promise<QuestionDetail> {
  try {
    await db.$transaction(async (tx) => {
      const current = await questionByKey(tx, input.key);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of ["title", "criteria", "resolveBy"] as const) {
        const value = input[field];
        if (value === undefined || same(current[field], value)) continue;
        before[field] = current[field];
        after[field] = value;
      }
      const claimed = await tx.question.updateMany({
        where: { id: current.id, version: input.version },
        data: { ...after, version: { increment: 1 } },
      });
      if (claimed.count === 0) {
        throw new DomainError(
          "CONFLICT",
          `This question changed while you were editing it (you saw version ${input.version}, it is now version ${current.version}). Reload to see what changed.`,
        );
      }
      if (Object.keys(after).length) await audit(tx, actor.userId, "question.update", current.id, before, after);
    });
  } catch (error) {
    throw toDomainError(error);
  }
  return await getQuestionDetail(onPrimary(db), input.key);
}

/** Adds a reference forecast; one per question and UTC day. */
export async function addReference(
  db: Database,
  input: AddReferenceInput,
  actor: { userId: string | null },
): Promise<QuestionDetail> {
  try {
    await db.$transaction(async (tx) => {
      const question = await questionByKey(tx, input.key);
      const day = input.asOf.toISOString().slice(0, 10);
      const [clash] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "question_reference" WHERE "questionId" = ${question.id} AND "asOf"::date = ${day}::date`;
      if (clash) {
        throw new DomainError("CONFLICT", `This question already has a reference dated ${day}`, [
          { path: "asOf", message: `A reference for ${day} exists already: one per day` },
        ]);
      }
      const reference = await tx.questionReference.create({
        data: {
          questionId: question.id,
          probability: input.probability,
          source: input.source,
          asOf: input.asOf,
          url: input.url ?? null,
          createdById: actor.userId,
        },
        select: { id: true, probability: true, source: true, asOf: true, url: true },
      });
      await audit(tx, actor.userId, "question.reference.add", question.id, null, reference);
    });
  } catch (error) {
    throw toDomainError(error);
  }
  return await getQuestionDetail(onPrimary(db), input.key);
}

/** Removes a reference forecast entered by mistake; the audit log keeps what it said. */
export async function removeReference(
  db: Database,
  input: { key: string; referenceId: string },
  actor: { userId: string | null },
): Promise<QuestionDetail> {
  try {
    await db.$transaction(async (tx) => {
      const question = await questionByKey(tx, input.key);
      const reference = await tx.questionReference.findFirst({
        where: { id: input.referenceId, questionId: question.id },
        select: { id: true, probability: true, source: true, asOf: true, url: true },
      });
      if (!reference) throw new DomainError("NOT_FOUND", "This question has no such reference");
      await tx.questionReference.delete({ where: { id: reference.id } });
      await audit(tx, actor.userId, "question.reference.remove", question.id, reference, null);
    });
  } catch (error) {
    throw toDomainError(error);
  }
  return await getQuestionDetail(onPrimary(db), input.key);
}

/** A question with its references, linked predictions (with their references), judgements and history. */
export async function getQuestionDetail(db: Database, key: string): Promise<QuestionDetail> {
  const question = await db.question.findUnique({
    where: { key },
    select: {
      ...summarySelect,
      criteria: true,
      updatedAt: true,
      references: {
        select: { id: true, probability: true, source: true, asOf: true, url: true },
        orderBy: { asOf: "asc" },
      },
      predictions: {
        select: {
          id: true,
          key: true,
          claim: true,
          madeAt: true,
          probability: true,
          negated: true,
          outcome: true,
          credit: true,
          analyst: { select: { slug: true, name: true } },
        },
        orderBy: [{ madeAt: "asc" }, { key: "asc" }],
      },
      judgements: {
        select: {
          id: true,
          outcome: true,
          credit: true,
          resolvedAt: true,
          note: true,
          evidence: true,
          basedOnVersion: true,
          createdAt: true,
          judgedBy: { select: { id: true, name: true } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!question) throw new DomainError("NOT_FOUND", `Question ${key} does not exist`);
  const history = await readAuditHistory(db, "question", question.id, 200);
  const { predictions, references, ...rest } = question;
  return {
    ...rest,
    predictions: predictions.length,
    analysts: new Set(predictions.map((prediction) => prediction.analyst.slug)).size,
    references,
    linked: predictions.map((prediction) => ({
      ...prediction,
      questionProbability: linkedProbability(prediction.probability, prediction.negated),
      reference: referenceFor(references, prediction.madeAt)?.probability ?? null,
    })),
    history,
  };
}

interface QuestionListRow extends QuestionSummary {
  sortAt: Date;
}

/**
 * Questions newest first, searchable (title and criteria, PostgreSQL websearch syntax) and by
 * status: OPEN (no outcome, deadline not passed or none), DUE (deadline passed, no outcome),
 * JUDGED. Keyset pages over (createdAt, id).
 */
export async function listQuestions(
  db: Database,
  input: ListQuestionsInput,
  now: Date,
): Promise<Page<QuestionSummary>> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (input.q) {
    conditions.push(
      Prisma.sql`to_tsvector('english', q."title" || ' ' || coalesce(q."criteria", '')) @@ websearch_to_tsquery('english', ${input.q})`,
    );
  }
  if (input.status === "JUDGED") conditions.push(Prisma.sql`q."outcome" IS NOT NULL`);
  if (input.status === "OPEN") {
    conditions.push(Prisma.sql`q."outcome" IS NULL AND (q."resolveBy" IS NULL OR q."resolveBy" >= ${now})`);
  }
  if (input.status === "DUE") conditions.push(Prisma.sql`q."outcome" IS NULL AND q."resolveBy" < ${now}`);
  if (input.cursor) {
    const keyset = decodeCursor(input.cursor);
    conditions.push(Prisma.sql`(q."createdAt", q."id") < (${keyset.at}, ${keyset.id})`);
  }
  const rows = await db.$queryRaw<QuestionListRow[]>`
    SELECT q."id", q."key", q."title", q."resolveBy", q."outcome"::text AS "outcome", q."credit", q."resolvedAt",
      q."version", q."createdAt", q."createdAt" AS "sortAt",
      (SELECT count(*)::int FROM "prediction" p WHERE p."questionId" = q."id") AS "predictions",
      (SELECT count(DISTINCT p."analystId")::int FROM "prediction" p WHERE p."questionId" = q."id") AS "analysts"
    FROM "question" q
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY q."createdAt" DESC, q."id" DESC
    LIMIT ${input.limit + 1}`;
  const items = rows.slice(0, input.limit).map(({ sortAt: _sortAt, ...item }) => item);
  const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor({ at: last.sortAt, id: last.id }) : null };
}

/**
 * Questions that resemble a prediction's claim and quote (or a typed text): full-text search,
 * any word matching, ranked by how well the title, the criteria and the claims already linked to
 * each question match.
 */
export async function suggestQuestions(
  db: Database,
  input: SuggestQuestionsInput,
): Promise<(QuestionSummary & { score: number })[]> {
  let text = input.q ?? "";
  if (input.predictionId) {
    const prediction = await db.prediction.findUnique({
      where: { id: input.predictionId },
      select: { claim: true, quote: true },
    });
    if (!prediction) throw new DomainError("NOT_FOUND", `Prediction ${input.predictionId} does not exist`);
    text = `${text} ${prediction.claim} ${prediction.quote ?? ""}`;
  }
  if (!text.trim()) return [];
  return await db.$queryRaw<(QuestionSummary & { score: number })[]>`
    WITH "words" AS (
      SELECT nullif(replace(plainto_tsquery('english', ${text})::text, '&', '|'), '')::tsquery AS "query"
    ), "matched" AS (
      SELECT q."id", ts_rank(to_tsvector('english', q."title" || ' ' || coalesce(q."criteria", '')), w."query") AS "rank"
      FROM "question" q, "words" w
      WHERE w."query" IS NOT NULL
        AND to_tsvector('english', q."title" || ' ' || coalesce(q."criteria", '')) @@ w."query"
      UNION ALL
      SELECT p."questionId", 0.5 * ts_rank(to_tsvector('english', p."claim" || ' ' || coalesce(p."quote", '')), w."query")
      FROM "prediction" p, "words" w
      WHERE w."query" IS NOT NULL AND p."questionId" IS NOT NULL
        AND to_tsvector('english', p."claim" || ' ' || coalesce(p."quote", '')) @@ w."query"
    )
    SELECT q."id", q."key", q."title", q."resolveBy", q."outcome"::text AS "outcome", q."credit", q."resolvedAt",
      q."version", q."createdAt",
      (SELECT count(*)::int FROM "prediction" p WHERE p."questionId" = q."id") AS "predictions",
      (SELECT count(DISTINCT p."analystId")::int FROM "prediction" p WHERE p."questionId" = q."id") AS "analysts",
      sum(m."rank")::float8 AS "score"
    FROM "matched" m JOIN "question" q ON q."id" = m."id"
    GROUP BY q."id"
    ORDER BY "score" DESC, q."createdAt" DESC
    LIMIT ${input.limit}`;
}
