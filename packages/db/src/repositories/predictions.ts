import { randomUUID } from "node:crypto";
import { DomainError, slugify, tagSlug, type CreatePredictionInput, type PredictionSummary } from "@hindsight/domain";
import type { Database } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { toDomainError } from "../errors";
import { predictionSummarySelect, toSummary } from "./prediction-select";

export async function getPredictionSummary(db: Database, id: string): Promise<PredictionSummary> {
  const row = await db.prediction.findUnique({ where: { id }, select: predictionSummarySelect });
  if (!row) throw new DomainError("NOT_FOUND", `Prediction ${id} does not exist`);
  return toSummary(row);
}

type Transaction = Prisma.TransactionClient;

async function resolveAnalyst(tx: Transaction, choice: CreatePredictionInput["analyst"]): Promise<string> {
  if (choice.mode === "existing") {
    const found = await tx.analyst.findUnique({ where: { id: choice.id }, select: { id: true } });
    if (!found) {
      throw new DomainError("INVALID", "The chosen analyst does not exist", [
        { path: "analyst.id", message: "This analyst no longer exists; pick another" },
      ]);
    }
    return found.id;
  }
  const slug = slugify(choice.name);
  if (!slug) {
    throw new DomainError("INVALID", "The analyst name needs letters or digits", [
      { path: "analyst.name", message: "Use letters or digits in the name" },
    ]);
  }
  // Logging a second prediction by the same person reuses their record.
  const analyst = await tx.analyst.upsert({
    where: { slug },
    create: { slug, name: choice.name, affiliation: choice.affiliation ?? null },
    update: {},
    select: { id: true },
  });
  return analyst.id;
}

async function resolveSource(tx: Transaction, source: CreatePredictionInput["source"]): Promise<string | null> {
  if (!source) return null;
  if (source.url) {
    // A URL identifies an article: reuse the source already logged for it.
    const existing = await tx.source.findUnique({ where: { url: source.url }, select: { id: true } });
    if (existing) return existing.id;
  }
  const created = await tx.source.create({
    data: {
      key: `s-${randomUUID()}`,
      title: source.title,
      outlet: source.outlet ?? null,
      url: source.url ?? null,
      publishedAt: source.publishedAt,
    },
    select: { id: true },
  });
  return created.id;
}

export async function connectTags(tx: Transaction, predictionId: string, tags: readonly string[]): Promise<void> {
  for (const name of tags) {
    const slug = tagSlug(name);
    const tag = await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } });
    await tx.predictionTag.upsert({
      where: { predictionId_tagId: { predictionId, tagId: tag.id } },
      create: { predictionId, tagId: tag.id },
      update: {},
    });
  }
}

/** Logs a prediction with its analyst, source and tags in one transaction, and audits it. */
export async function createPrediction(
  db: Database,
  input: CreatePredictionInput,
  actor: { userId: string | null },
): Promise<PredictionSummary> {
  try {
    return await db.$transaction(async (tx) => {
      const analystId = await resolveAnalyst(tx, input.analyst);
      const sourceId = await resolveSource(tx, input.source);
      const fields = {
        analystId,
        sourceId,
        claim: input.claim,
        quote: input.quote ?? null,
        criteria: input.criteria ?? null,
        madeAt: input.madeAt,
        resolveBy: input.resolveBy ?? null,
        probability: input.probability,
        probabilitySource: input.probabilitySource,
        hedge: input.hedge ?? null,
        probabilityLow: input.interval?.[0] ?? null,
        probabilityHigh: input.interval?.[1] ?? null,
        conditional: input.conditional,
        condition: input.condition ?? null,
        createdById: actor.userId,
      };
      const prediction = await tx.prediction.create({
        data: { ...fields, key: `p-${randomUUID()}` },
        select: { id: true },
      });
      await connectTags(tx, prediction.id, input.tags);
      for (const part of input.parts) {
        const child = await tx.prediction.create({
          data: { ...fields, key: `p-${randomUUID()}`, claim: part, parentId: prediction.id },
          select: { id: true },
        });
        await connectTags(tx, child.id, input.tags);
      }
      const summary = toSummary(
        await tx.prediction.findUniqueOrThrow({ where: { id: prediction.id }, select: predictionSummarySelect }),
      );
      await tx.auditEvent.create({
        data: {
          actorId: actor.userId,
          action: "prediction.create",
          entity: "prediction",
          entityId: prediction.id,
          after: JSON.parse(JSON.stringify(summary)) as Prisma.InputJsonValue,
        },
      });
      return summary;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}
