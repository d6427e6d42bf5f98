import { randomUUID } from "node:crypto";
import { DomainError, slugify, tagSlug, type CreatePredictionInput, type PredictionSummary } from "@hindsight/domain";
import type { Database } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { toDomainError } from "../errors";
import { findSummary } from "./prediction-summary";
import { createdSource, textSha256 } from "./source-integrity";
import { recordWebhookEvent } from "./webhooks";

export const getPredictionSummary = (db: Database, id: string): Promise<PredictionSummary> => findSummary(db, id);

type Transaction = Prisma.TransactionClient;

/** The chosen analyst's id, or a new analyst's (one with the same name's slug is reused). */
export async function resolveAnalyst(tx: Transaction, choice: CreatePredictionInput["analyst"]): Promise<string> {
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

/** A source as logged with a prediction, with the byline and text when they are known (from an article). */
export type SourceToResolve = NonNullable<CreatePredictionInput["source"]> & { authors?: string[]; text?: string };

/**
 * The source already logged for the URL, or a new one; `text` is the stored article text (the
 * existing source's own when reused), which quote offsets point into.
 */
export async function findOrCreateSource(
  tx: Transaction,
  source: SourceToResolve,
  actor: { userId: string | null },
): Promise<{ id: string; created: boolean; text: string | null }> {
  if (source.url) {
    // A URL identifies an article: reuse the source already logged for it.
    const existing = await tx.source.findUnique({ where: { url: source.url }, select: { id: true, text: true } });
    if (existing) return { ...existing, created: false };
  }
  const fields = {
    title: source.title,
    outlet: source.outlet ?? null,
    url: source.url ?? null,
    archiveUrl: null,
    publishedAt: source.publishedAt,
    authors: source.authors ?? [],
    textSha256: textSha256(source.text ?? null),
  };
  const created = await tx.source.create({
    data: { ...fields, key: `s-${randomUUID()}`, text: source.text ?? null },
    select: { id: true, text: true },
  });
  await tx.auditEvent.create({
    data: {
      actorId: actor.userId,
      action: "source.create",
      entity: "source",
      entityId: created.id,
      after: createdSource(fields),
    },
  });
  return { ...created, created: true };
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

/** Where a new prediction belongs, and where its quote stands in the source's text when known. */
export interface PredictionPlacement {
  analystId: string;
  sourceId: string | null;
  quoteStart?: number | null;
  quoteEnd?: number | null;
}

/**
 * Inserts a prediction (and its parts) with its tags and audits it, inside the caller's
 * transaction: the one write path of single logging and of logging from an article.
 */
export async function insertPrediction(
  tx: Transaction,
  input: Omit<CreatePredictionInput, "analyst" | "source">,
  placement: PredictionPlacement,
  actor: { userId: string | null },
): Promise<PredictionSummary> {
  const fields = {
    analystId: placement.analystId,
    sourceId: placement.sourceId,
    claim: input.claim,
    quote: input.quote ?? null,
    quoteStart: placement.quoteStart ?? null,
    quoteEnd: placement.quoteEnd ?? null,
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
  const summary = await findSummary(tx, prediction.id);
  await tx.auditEvent.create({
    data: {
      actorId: actor.userId,
      action: "prediction.create",
      entity: "prediction",
      entityId: prediction.id,
      after: JSON.parse(JSON.stringify(summary)) as Prisma.InputJsonValue,
    },
  });
  await recordWebhookEvent(tx, "prediction.created", { prediction: summary });
  return summary;
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
      const sourceId = input.source ? (await findOrCreateSource(tx, input.source, actor)).id : null;
      return await insertPrediction(tx, input, { analystId, sourceId }, actor);
    });
  } catch (error) {
    throw toDomainError(error);
  }
}
