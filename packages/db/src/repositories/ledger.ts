import type { LedgerFile, LedgerPrediction } from "@hindsight/domain";
import { DomainError } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { connectTags } from "./predictions";

type Transaction = Prisma.TransactionClient;

export interface ImportCounts {
  analysts: { created: number; updated: number };
  sources: { created: number; updated: number };
  predictions: { created: number; updated: number; unchanged: number };
  judgements: { created: number };
}

const emptyCounts = (): ImportCounts => ({
  analysts: { created: 0, updated: 0 },
  sources: { created: 0, updated: 0 },
  predictions: { created: 0, updated: 0, unchanged: 0 },
  judgements: { created: 0 },
});

const sameDate = (a: Date | null, b: Date | null): boolean => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Writes a parsed ledger in one transaction: all of it or none of it. Keys make it idempotent:
 * unchanged rows are left alone, changed rows are updated (and audited), and a resolution that
 * differs from the latest judgement is appended as a new judgement.
 */
export async function importLedger(
  db: Database,
  ledger: LedgerFile,
  actor: { userId: string | null },
): Promise<ImportCounts> {
  try {
    return await db.$transaction(
      async (tx) => {
        const counts = emptyCounts();
        const analystIds = new Map<string, string>();
        for (const analyst of ledger.analysts) {
          const existing = await tx.analyst.findUnique({ where: { slug: analyst.slug } });
          const data = { name: analyst.name, affiliation: analyst.affiliation ?? null };
          if (!existing) {
            const created = await tx.analyst.create({ data: { slug: analyst.slug, ...data }, select: { id: true } });
            analystIds.set(analyst.slug, created.id);
            counts.analysts.created++;
          } else {
            analystIds.set(analyst.slug, existing.id);
            if (existing.name !== data.name || existing.affiliation !== data.affiliation) {
              await tx.analyst.update({ where: { id: existing.id }, data });
              counts.analysts.updated++;
            }
          }
        }

        const sources = new Map<string, { id: string; text: string | null }>();
        for (const [index, source] of ledger.sources.entries()) {
          if (source.url) {
            const holder = await tx.source.findUnique({ where: { url: source.url }, select: { key: true } });
            if (holder && holder.key !== source.key) {
              throw new DomainError("INVALID", "A source's url is already in the ledger under another key", [
                { path: `sources[${index}].url`, message: `already used by the source "${holder.key}"` },
              ]);
            }
          }
          const data = {
            title: source.title,
            outlet: source.outlet ?? null,
            url: source.url ?? null,
            publishedAt: source.publishedAt,
            authors: source.authors ?? [],
            text: source.text ?? null,
          };
          const existing = await tx.source.findUnique({ where: { key: source.key } });
          if (!existing) {
            const created = await tx.source.create({ data: { key: source.key, ...data }, select: { id: true } });
            sources.set(source.key, { id: created.id, text: data.text });
            counts.sources.created++;
          } else {
            sources.set(source.key, { id: existing.id, text: data.text });
            const changed =
              existing.title !== data.title ||
              existing.outlet !== data.outlet ||
              existing.url !== data.url ||
              !sameDate(existing.publishedAt, data.publishedAt) ||
              existing.authors.join("\n") !== data.authors.join("\n") ||
              existing.text !== data.text;
            if (changed) {
              await tx.source.update({ where: { id: existing.id }, data });
              counts.sources.updated++;
            }
          }
        }

        const predictionIds = new Map<string, string>();
        for (const prediction of ledger.predictions) {
          const source = prediction.source ? sources.get(prediction.source) : undefined;
          const id = await upsertPrediction(tx, prediction, {
            analystId: analystIds.get(prediction.analyst)!,
            source: source ?? null,
            actor,
            counts,
          });
          predictionIds.set(prediction.key, id);
        }
        // Parts point at their whole once every prediction of the file exists, whatever the order.
        for (const prediction of ledger.predictions) {
          const parentId = prediction.parent ? (predictionIds.get(prediction.parent) ?? null) : null;
          await tx.prediction.updateMany({
            where: {
              id: predictionIds.get(prediction.key)!,
              OR:
                parentId === null
                  ? [{ parentId: { not: null } }]
                  : [{ parentId: null }, { parentId: { not: parentId } }],
            },
            data: { parentId },
          });
        }
        return counts;
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw toDomainError(error);
  }
}

function quoteOffsets(
  prediction: LedgerPrediction,
  text: string | null,
): { quoteStart: number | null; quoteEnd: number | null } {
  if (prediction.quoteStart !== undefined && prediction.quoteEnd !== undefined) {
    return { quoteStart: prediction.quoteStart, quoteEnd: prediction.quoteEnd };
  }
  const start = prediction.quote && text ? text.indexOf(prediction.quote) : -1;
  return start >= 0 && prediction.quote
    ? { quoteStart: start, quoteEnd: start + prediction.quote.length }
    : { quoteStart: null, quoteEnd: null };
}

async function upsertPrediction(
  tx: Transaction,
  prediction: LedgerPrediction,
  links: {
    analystId: string;
    source: { id: string; text: string | null } | null;
    actor: { userId: string | null };
    counts: ImportCounts;
  },
): Promise<string> {
  const data = {
    analystId: links.analystId,
    sourceId: links.source?.id ?? null,
    claim: prediction.claim,
    quote: prediction.quote ?? null,
    ...quoteOffsets(prediction, links.source?.text ?? null),
    criteria: prediction.criteria ?? null,
    madeAt: prediction.madeAt,
    resolveBy: prediction.resolveBy ?? null,
    probability: prediction.probability,
    probabilitySource: prediction.probabilitySource ?? (prediction.hedge ? "HEDGE" : "STATED"),
    hedge: prediction.hedge ?? null,
    probabilityLow: prediction.interval?.[0] ?? null,
    probabilityHigh: prediction.interval?.[1] ?? null,
    conditional: prediction.conditional ?? prediction.condition !== undefined,
    condition: prediction.condition ?? null,
  };
  // Lock the row first: a judgement or an edit committing between this read and the update below
  // would otherwise be overwritten (or slip a probability change past the judged check).
  await tx.$queryRaw`SELECT 1 FROM "prediction" WHERE "key" = ${prediction.key} FOR UPDATE`;
  const existing = await tx.prediction.findUnique({
    where: { key: prediction.key },
    include: {
      tags: { select: { tag: { select: { slug: true } } } },
      judgements: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
    },
  });

  let id: string;
  if (!existing) {
    const created = await tx.prediction.create({
      data: { key: prediction.key, ...data, createdById: links.actor.userId },
      select: { id: true },
    });
    id = created.id;
    await connectTags(tx, id, prediction.tags);
    links.counts.predictions.created++;
    await tx.auditEvent.create({
      data: {
        actorId: links.actor.userId,
        action: "prediction.import",
        entity: "prediction",
        entityId: id,
        after: data as Prisma.InputJsonValue,
      },
    });
  } else {
    id = existing.id;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(data)) {
      const old = existing[field as keyof typeof existing];
      const equal =
        value instanceof Date || old instanceof Date
          ? sameDate(old as Date | null, value as Date | null)
          : old === value;
      if (!equal) {
        before[field] = old;
        after[field] = value;
      }
    }
    const oldTags = existing.tags.map((link) => link.tag.slug).sort();
    const newTags = [...prediction.tags].sort();
    const tagsChanged = oldTags.join("\n") !== newTags.join("\n");
    if ("probability" in after && existing.judgements.length > 0) {
      throw new DomainError(
        "CONFLICT",
        `Prediction ${prediction.key}: the probability cannot change once it has been judged`,
        [{ path: `predictions[key=${prediction.key}].probability`, message: "fixed once judged" }],
      );
    }
    if (Object.keys(after).length > 0 || tagsChanged) {
      await tx.prediction.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      if (tagsChanged) {
        await tx.predictionTag.deleteMany({ where: { predictionId: id } });
        await connectTags(tx, id, prediction.tags);
        before.tags = oldTags;
        after.tags = newTags;
      }
      await tx.auditEvent.create({
        data: {
          actorId: links.actor.userId,
          action: "prediction.update",
          entity: "prediction",
          entityId: id,
          before: JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue,
          after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
        },
      });
      links.counts.predictions.updated++;
    } else {
      links.counts.predictions.unchanged++;
    }
  }

  const resolution = prediction.resolution;
  const latest = existing?.judgements[0] ?? null;
  if (resolution) {
    const same =
      latest !== null &&
      latest.outcome === resolution.outcome &&
      (latest.credit ?? null) === (resolution.credit ?? null) &&
      sameDate(latest.resolvedAt, resolution.resolvedAt) &&
      (latest.note ?? null) === (resolution.note ?? null) &&
      latest.evidence.join("\n") === (resolution.evidence ?? []).join("\n");
    if (!same) {
      const current = await tx.prediction.update({
        where: { id },
        data: {
          outcome: resolution.outcome,
          credit: resolution.credit ?? null,
          resolvedAt: resolution.resolvedAt,
          version: { increment: 1 },
        },
        select: { version: true },
      });
      await tx.judgement.create({
        data: {
          predictionId: id,
          outcome: resolution.outcome,
          credit: resolution.credit ?? null,
          resolvedAt: resolution.resolvedAt,
          note: resolution.note ?? null,
          evidence: resolution.evidence ?? [],
          judgedById: links.actor.userId,
          basedOnVersion: current.version - 1,
        },
      });
      links.counts.judgements.created++;
    }
  }
  return id;
}
