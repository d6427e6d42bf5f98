import { DomainError, linkedOutcome, type JudgeQuestionInput, type LinkPredictionInput } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { judgementEventSelect, recordWebhookEvent } from "./webhooks";

type Transaction = Prisma.TransactionClient;

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** The widest time-zone lead (UTC+14): "today" somewhere is still tomorrow in UTC. */
const LEAD_MS = 14 * 60 * 60 * 1000;

interface QuestionOutcome {
  outcome: JudgeQuestionInput["outcome"];
  credit: number | null;
  resolvedAt: Date | null;
  note: string | null;
  evidence: string[];
}

/**
 * Appends the question's (mapped) judgement to linked predictions whose outcome differs from it:
 * one judgement row each, made against the prediction's version, which increases. Predictions that
 * already carry the mapped outcome (and an open prediction when the question is reopened) are left
 * alone, so that judging or importing the same outcome twice writes nothing.
 */
async function propagate(
  tx: Transaction,
  questionId: string,
  questionJudgementId: string,
  judged: QuestionOutcome,
  actor: { userId: string | null },
  onlyPredictionId?: string,
): Promise<number> {
  const linked = await tx.prediction.findMany({
    where: { questionId, ...(onlyPredictionId ? { id: onlyPredictionId } : {}) },
    select: { id: true, version: true, negated: true, outcome: true, credit: true, resolvedAt: true },
    orderBy: { id: "asc" },
  });
  let changed = 0;
  for (const prediction of linked) {
    const mapped = linkedOutcome(judged.outcome, judged.credit, prediction.negated);
    const resolvedAt = mapped.outcome ? judged.resolvedAt : null;
    if (
      prediction.outcome === mapped.outcome &&
      prediction.credit === mapped.credit &&
      prediction.resolvedAt?.getTime() === resolvedAt?.getTime()
    ) {
      continue;
    }
    await tx.prediction.update({
      where: { id: prediction.id },
      data: { version: { increment: 1 }, outcome: mapped.outcome, credit: mapped.credit, resolvedAt },
    });
    const judgement = await tx.judgement.create({
      data: {
        predictionId: prediction.id,
        outcome: mapped.outcome,
        credit: mapped.credit,
        resolvedAt,
        note: judged.note,
        evidence: judged.evidence,
        judgedById: actor.userId,
        basedOnVersion: prediction.version,
        questionJudgementId,
      },
      select: judgementEventSelect,
    });
    await recordWebhookEvent(tx, "judgement.created", { judgement });
    changed += 1;
  }
  return changed;
}

/**
 * Judges (or with `outcome: null` reopens) a question against the version read, and appends the
 * mapped judgement to every linked prediction, all in one transaction. The conditional UPDATE on
 * the question's version lets exactly one of several concurrent judges win; the others get
 * CONFLICT and write nothing.
 */
export async function judgeQuestion(
  db: Database,
  input: JudgeQuestionInput,
  actor: { userId: string | null },
  now: Date,
): Promise<{ key: string; version: number; predictionsJudged: number }> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.question.findUnique({
        where: { key: input.key },
        select: { id: true, version: true, outcome: true },
      });
      if (!current) throw new DomainError("NOT_FOUND", `Question ${input.key} does not exist`);
      if (input.version !== current.version) {
        throw new DomainError(
          "CONFLICT",
          `This question changed while you were looking at it (you saw version ${input.version}, it is now version ${current.version}). Reload to see what changed, then judge again.`,
        );
      }
      if (input.outcome === null && current.outcome === null) {
        throw new DomainError("CONFLICT", "The question is already open: there is no outcome to withdraw", [
          { path: "outcome", message: "Already open" },
        ]);
      }
      if (input.resolvedAt && input.resolvedAt.getTime() > now.getTime() + LEAD_MS) {
        throw new DomainError("INVALID", "The date decided is in the future", [
          { path: "resolvedAt", message: "Date decided cannot be in the future" },
        ]);
      }
      const judged: QuestionOutcome = {
        outcome: input.outcome,
        credit: input.outcome === "PARTIAL" ? (input.credit ?? null) : null,
        resolvedAt: input.outcome ? (input.resolvedAt ?? null) : null,
        note: input.note ?? null,
        evidence: input.evidence,
      };
      const claimed = await tx.question.updateMany({
        where: { id: current.id, version: input.version },
        data: {
          version: { increment: 1 },
          outcome: judged.outcome,
          credit: judged.credit,
          resolvedAt: judged.resolvedAt,
        },
      });
      if (claimed.count === 0) {
        throw new DomainError(
          "CONFLICT",
          "This question was judged or edited by someone else a moment ago. Reload and judge again.",
        );
      }
      const record = await tx.questionJudgement.create({
        data: {
          questionId: current.id,
          ...judged,
          judgedById: actor.userId,
          basedOnVersion: input.version,
        },
        select: { id: true },
      });
      const predictionsJudged = await propagate(tx, current.id, record.id, judged, actor);
      await recordWebhookEvent(tx, "question.judged", {
        question: { key: input.key, version: input.version + 1, ...judged, judgedById: actor.userId },
        predictionsJudged,
      });
      return { key: input.key, version: input.version + 1, predictionsJudged };
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/**
 * Links a prediction to a question (negated or not), or unlinks it, inside the caller's transaction,
 * against the prediction's version; audited as a prediction update. Linking to a judged question
 * gives the prediction the question's (mapped) outcome. Unlinking keeps the prediction's judgements.
 */
export async function linkInTransaction(
  tx: Transaction,
  input: LinkPredictionInput,
  actor: { userId: string | null },
): Promise<void> {
  const current = await tx.prediction.findUnique({
    where: { id: input.predictionId },
    select: { id: true, version: true, questionId: true, negated: true, question: { select: { key: true } } },
  });
  if (!current) throw new DomainError("NOT_FOUND", `Prediction ${input.predictionId} does not exist`);
  if (current.version !== input.version) {
    throw new DomainError(
      "CONFLICT",
      `This prediction changed while you were looking at it (you saw version ${input.version}, it is now version ${current.version}). Reload to see what changed.`,
    );
  }
  const question = input.question
    ? await tx.question.findUnique({
        where: { key: input.question },
        select: { id: true, key: true, outcome: true, credit: true, resolvedAt: true },
      })
    : null;
  if (input.question && !question) {
    throw new DomainError("NOT_FOUND", `Question ${input.question} does not exist`, [
      { path: "question", message: "No such question" },
    ]);
  }
  const negated = question ? input.negated : false;
  if ((question?.id ?? null) === current.questionId && negated === current.negated) return;
  const claimed = await tx.prediction.updateMany({
    where: { id: current.id, version: input.version },
    data: { version: { increment: 1 }, questionId: question?.id ?? null, negated },
  });
  if (claimed.count === 0) {
    throw new DomainError("CONFLICT", "This prediction was judged or edited by someone else a moment ago. Reload.");
  }
  await tx.auditEvent.create({
    data: {
      actorId: actor.userId,
      action: "prediction.update",
      entity: "prediction",
      entityId: current.id,
      before: json({ question: current.question?.key ?? null, negated: current.negated }),
      after: json({ question: question?.key ?? null, negated }),
    },
  });
  await recordWebhookEvent(tx, "prediction.updated", {
    prediction: { id: current.id, version: input.version + 1 },
    before: { question: current.question?.key ?? null, negated: current.negated },
    after: { question: question?.key ?? null, negated },
  });
  if (question?.outcome) {
    const latest = await tx.questionJudgement.findFirst({
      where: { questionId: question.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, note: true, evidence: true },
    });
    if (latest) {
      await propagate(
        tx,
        question.id,
        latest.id,
        { outcome: question.outcome, credit: question.credit, resolvedAt: question.resolvedAt, ...latest },
        actor,
        current.id,
      );
    }
  }
}

/** Links or unlinks a prediction (see linkInTransaction) in a transaction of its own. */
export async function linkPrediction(
  db: Database,
  input: LinkPredictionInput,
  actor: { userId: string | null },
): Promise<void> {
  try {
    await db.$transaction((tx) => linkInTransaction(tx, input, actor));
  } catch (error) {
    throw toDomainError(error);
  }
}
