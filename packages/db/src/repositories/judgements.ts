import { checkJudgement, DomainError, type JudgePredictionInput, type PredictionDetail } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { onPrimary } from "../replica";
import { getPredictionDetail } from "./prediction-detail";
import { judgementEventSelect, recordWebhookEvent } from "./webhooks";

type Transaction = Prisma.TransactionClient;

/** "22 Nov 2026, 14:02 UTC": readable in a message, unambiguous across time zones. */
const when = (date: Date): string =>
  `${date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}, ${date.toISOString().slice(11, 16)} UTC`;

/** Says what changed since `version`, for the message of a CONFLICT. */
async function changesSince(tx: Transaction, predictionId: string, version: number): Promise<string> {
  const latest = await tx.judgement.findFirst({
    where: { predictionId, basedOnVersion: { gte: version } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { outcome: true, createdAt: true, judgedBy: { select: { name: true } } },
  });
  const edit = await tx.auditEvent.findFirst({
    where: { entity: "prediction", entityId: predictionId, action: "prediction.update" },
    orderBy: { at: "desc" },
    select: { at: true, after: true, actor: { select: { name: true } } },
  });
  const parts: string[] = [];
  if (latest) {
    parts.push(
      `${latest.judgedBy?.name ?? "someone"} ${latest.outcome ? `judged it ${latest.outcome}` : "reopened it"} on ${when(latest.createdAt)}`,
    );
  }
  if (edit && (!latest || edit.at > latest.createdAt)) {
    const fields = edit.after && typeof edit.after === "object" ? Object.keys(edit.after).join(", ") : "it";
    parts.push(`${edit.actor?.name ?? "someone"} edited ${fields} on ${when(edit.at)}`);
  }
  return parts.length ? ` Since then ${parts.join("; ")}.` : "";
}

/**
 * Appends a judgement (or a reopening) made against `input.version`. The conditional UPDATE on
 * the version lets exactly one of several concurrent judges win; the others get CONFLICT and
 * write nothing. Judgement rows are never updated: the latest one counts.
 */
export async function judgePrediction(
  db: Database,
  input: JudgePredictionInput,
  actor: { userId: string | null },
  now: Date,
): Promise<PredictionDetail> {
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.prediction.findUnique({
        where: { id: input.predictionId },
        select: {
          id: true,
          version: true,
          madeAt: true,
          outcome: true,
          question: { select: { key: true, title: true, outcome: true } },
        },
      });
      if (!current) throw new DomainError("NOT_FOUND", `Prediction ${input.predictionId} does not exist`);
      // A prediction linked to a judged question takes its outcome from the question: judging it
      // apart would make the two disagree. Judge (or reopen) the question instead.
      if (current.question?.outcome) {
        throw new DomainError(
          "CONFLICT",
          `This prediction takes its outcome from the question "${current.question.title}" (${current.question.key}), which is judged: judge or reopen the question instead, or unlink the prediction first.`,
          [{ path: "outcome", message: "Judged through its question" }],
        );
      }
      try {
        checkJudgement(current, input, now);
      } catch (error) {
        if (error instanceof DomainError && error.code === "CONFLICT" && input.version !== current.version) {
          throw new DomainError("CONFLICT", error.message + (await changesSince(tx, current.id, input.version)));
        }
        throw error;
      }
      const outcome = input.outcome;
      const claimed = await tx.prediction.updateMany({
        where: { id: current.id, version: input.version },
        data: {
          version: { increment: 1 },
          outcome,
          credit: outcome === "PARTIAL" ? (input.credit ?? null) : null,
          resolvedAt: outcome ? (input.resolvedAt ?? null) : null,
        },
      });
      if (claimed.count === 0) {
        throw new DomainError(
          "CONFLICT",
          `This prediction was judged or edited by someone else a moment ago.${await changesSince(tx, current.id, input.version)} Reload and judge again.`,
        );
      }
      const judgement = await tx.judgement.create({
        data: {
          predictionId: current.id,
          outcome,
          credit: outcome === "PARTIAL" ? (input.credit ?? null) : null,
          resolvedAt: outcome ? (input.resolvedAt ?? null) : null,
          note: input.note ?? null,
          evidence: input.evidence,
          judgedById: actor.userId,
          basedOnVersion: input.version,
        },
        select: judgementEventSelect,
      });
      await recordWebhookEvent(tx, "judgement.created", { judgement });
    });
  } catch (error) {
    throw toDomainError(error);
  }
  // Read on the primary: a replica may not have the write yet (see replica.ts).
  return await getPredictionDetail(onPrimary(db), input.predictionId);
}
