import { DomainError, type PredictionDetail, type UpdatePredictionInput } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { onPrimary } from "../replica";
import { getPredictionDetail } from "./prediction-detail";
import { connectTags } from "./predictions";
import { recordWebhookEvent } from "./webhooks";

const editable = [
  "claim",
  "quote",
  "criteria",
  "madeAt",
  "resolveBy",
  "probability",
  "probabilitySource",
  "hedge",
  "conditional",
  "condition",
] as const;

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date || b instanceof Date ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime() : a === b;

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Edits a prediction made against `input.version`, keeping before and after in the audit log. The
 * probability is fixed once a judgement exists: it was stated before the outcome was known.
 */
export async function updatePrediction(
  db: Database,
  input: UpdatePredictionInput,
  actor: { userId: string | null },
): Promise<PredictionDetail> {
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.prediction.findUnique({
        where: { id: input.id },
        include: { tags: { select: { tag: { select: { slug: true } } } }, _count: { select: { judgements: true } } },
      });
      if (!current) throw new DomainError("NOT_FOUND", `Prediction ${input.id} does not exist`);
      if (current.version !== input.version) {
        throw new DomainError(
          "CONFLICT",
          `This prediction changed while you were editing it (you saw version ${input.version}, it is now version ${current.version}). Reload to see what changed.`,
        );
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of editable) {
        const value = input[field];
        if (value === undefined || same(current[field], value)) continue;
        before[field] = current[field];
        after[field] = value;
      }
      const conditional = (after.conditional ?? current.conditional) as boolean;
      const condition = (after.condition !== undefined ? after.condition : current.condition) as string | null;
      if (condition && !conditional) {
        throw new DomainError("INVALID", "A condition needs the conditional box ticked", [
          { path: "condition", message: "A condition needs the conditional box ticked" },
        ]);
      }
      const madeAt = (after.madeAt ?? current.madeAt) as Date;
      const resolveBy = (after.resolveBy !== undefined ? after.resolveBy : current.resolveBy) as Date | null;
      if (resolveBy && resolveBy < madeAt) {
        throw new DomainError("INVALID", "The deadline is before the date the prediction was made", [
          {
            path: "resolveBy" in after ? "resolveBy" : "madeAt",
            message: "Deadline must be on or after the date made",
          },
        ]);
      }
      if ("probability" in after && current._count.judgements > 0) {
        throw new DomainError(
          "CONFLICT",
          "The probability cannot change once the prediction has been judged: it was fixed before the outcome was known",
          [{ path: "probability", message: "Fixed once judged" }],
        );
      }
      const oldTags = current.tags.map((link) => link.tag.slug).sort();
      const newTags = input.tags ? [...input.tags].sort() : oldTags;
      const tagsChanged = oldTags.join("\n") !== newTags.join("\n");
      if (tagsChanged) {
        before.tags = oldTags;
        after.tags = newTags;
      }
      if (Object.keys(after).length === 0) return;
      const { tags: _tags, ...fields } = after;
      const extra: Record<string, unknown> = {};
      if ("probability" in after) {
        // A hedge's interval describes the hedge reading; a number entered by hand replaces it.
        const probability = after.probability as number;
        const low = current.probabilityLow;
        const high = current.probabilityHigh;
        const source = (after.probabilitySource ?? current.probabilitySource) as string;
        const outside = (low !== null && probability < low) || (high !== null && probability > high);
        if (outside && source === "HEDGE") {
          throw new DomainError("INVALID", "The probability is outside the hedge's interval", [
            {
              path: "probability",
              message: `A reading of "${current.hedge ?? "the hedge"}" lies between ${low} and ${high}; enter it as stated or as your estimate instead`,
            },
          ]);
        }
        if (outside) Object.assign(extra, { probabilityLow: null, probabilityHigh: null });
      }
      if ("quote" in after) Object.assign(extra, { quoteStart: null, quoteEnd: null });
      const claimed = await tx.prediction.updateMany({
        where: { id: input.id, version: input.version },
        data: { ...fields, ...extra, version: { increment: 1 } },
      });
      if (claimed.count === 0) {
        throw new DomainError(
          "CONFLICT",
          "This prediction was changed by someone else a moment ago. Reload and edit again.",
        );
      }
      if (tagsChanged) {
        await tx.predictionTag.deleteMany({ where: { predictionId: input.id } });
        await connectTags(tx, input.id, newTags);
      }
      await tx.auditEvent.create({
        data: {
          actorId: actor.userId,
          action: "prediction.update",
          entity: "prediction",
          entityId: input.id,
          before: json(before),
          after: json(after),
        },
      });
      await recordWebhookEvent(tx, "prediction.updated", {
        prediction: { id: input.id, version: input.version + 1 },
        before: json(before),
        after: json(after),
      });
    });
  } catch (error) {
    throw toDomainError(error);
  }
  // Read on the primary: a replica may not have the write yet (see replica.ts).
  return await getPredictionDetail(onPrimary(db), input.id);
}
