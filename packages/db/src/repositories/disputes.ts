import { randomUUID } from "node:crypto";
import {
  DomainError,
  type AnswerDisputeInput,
  type DisputeQueueItem,
  type DisputeRecord,
  type FileDisputeInput,
  type ListDisputesInput,
  type Page,
} from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { recordWebhookEvent } from "./webhooks";

type Transaction = Prisma.TransactionClient;

/**
 * The right of reply (docs/disputes.md). Filing and answering each happen in ONE transaction that
 * also writes the audit row (entity "prediction", so the prediction's change history shows it):
 * whatever else must be written with them (an outbox event) belongs in the same transaction.
 */

/** Who files: a signed-in user, or a public filer (name and email) counted against a rate limit. */
export type DisputeFiler =
  | { kind: "user"; userId: string }
  | {
      kind: "public";
      name: string;
      email: string;
      /** The rate-limit counter's key (per client address) and its allowance. */
      rateLimit: { key: string; max: number; windowSeconds: number };
    };

const disputeSelect = {
  id: true,
  predictionId: true,
  text: true,
  evidence: true,
  status: true,
  version: true,
  createdAt: true,
  filerName: true,
  filerEmail: true,
  filedBy: { select: { id: true, name: true } },
  judgement: { select: { id: true, outcome: true, createdAt: true } },
  answers: {
    select: { decision: true, reason: true, createdAt: true, answeredBy: { select: { id: true, name: true } } },
  },
} as const satisfies Prisma.DisputeSelect;

type DisputeRow = Prisma.DisputeGetPayload<{ select: typeof disputeSelect }>;

function toRecord(row: DisputeRow): DisputeRecord {
  const answer = row.answers[0];
  return {
    id: row.id,
    predictionId: row.predictionId,
    text: row.text,
    evidence: row.evidence,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    filer: row.filedBy
      ? { id: row.filedBy.id, name: row.filedBy.name, public: false }
      : { id: null, name: row.filerName ?? "", public: true },
    judgement: row.judgement,
    answer: answer
      ? { decision: answer.decision, reason: answer.reason, createdAt: answer.createdAt, answeredBy: answer.answeredBy }
      : null,
  };
}

/**
 * Counts one public filing against its client address in the same transaction as the filing (so
 * a refused filing is not counted either), and refuses it past the allowance with RATE_LIMITED.
 * The counter is a row of the `rate_limit` table, shared with sign-in and API keys (distinct keys).
 */
async function countPublicFiling(
  tx: Transaction,
  limit: { key: string; max: number; windowSeconds: number },
  now: Date,
): Promise<void> {
  const windowMs = limit.windowSeconds * 1000;
  const nowMs = BigInt(now.getTime());
  const expired = nowMs - BigInt(windowMs);
  const [row] = await tx.$queryRaw<{ count: number; windowStart: bigint }[]>`
    INSERT INTO "rate_limit" ("id", "key", "count", "lastRequest")
    VALUES (${randomUUID()}, ${limit.key}, 1, ${nowMs})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limit"."lastRequest" <= ${expired} THEN 1 ELSE "rate_limit"."count" + 1 END,
      "lastRequest" = CASE WHEN "rate_limit"."lastRequest" <= ${expired} THEN ${nowMs} ELSE "rate_limit"."lastRequest" END
    RETURNING "count", "lastRequest" AS "windowStart"`;
  if (!row) throw new Error("The rate-limit counter was not returned");
  if (Number(row.count) > limit.max) {
    const retryAfter = Math.max(1, Math.ceil((Number(row.windowStart) + windowMs - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfter / 60);
    throw new DomainError(
      "RATE_LIMITED",
      `Too many disputes from your address: at most ${limit.max} in ${limit.windowSeconds / 60} minutes. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or sign in.`,
    );
  }
}

/**
 * Files a dispute of a judged prediction's judgement (its latest one). A prediction with no
 * outcome (never judged, or reopened) cannot be disputed. One transaction: the rate-limit count
 * (public filers), the dispute and its audit row.
 */
export async function fileDispute(
  db: Database,
  input: FileDisputeInput,
  filer: DisputeFiler,
  now: Date,
): Promise<DisputeRecord> {
  try {
    return await db.$transaction(async (tx) => {
      const prediction = await tx.prediction.findUnique({
        where: { id: input.predictionId },
        select: {
          id: true,
          key: true,
          claim: true,
          outcome: true,
          judgements: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { id: true } },
        },
      });
      if (!prediction) throw new DomainError("NOT_FOUND", `Prediction ${input.predictionId} does not exist`);
      const judgement = prediction.judgements[0];
      if (prediction.outcome === null || !judgement) {
        throw new DomainError(
          "INVALID",
          "Only a judged prediction can be disputed: this one has no outcome yet (or was reopened), so there is no judgement to dispute.",
        );
      }
      if (filer.kind === "public") await countPublicFiling(tx, filer.rateLimit, now);
      const dispute = await tx.dispute.create({
        data: {
          predictionId: prediction.id,
          judgementId: judgement.id,
          text: input.text,
          evidence: input.evidence,
          ...(filer.kind === "user" ? { filedById: filer.userId } : { filerName: filer.name, filerEmail: filer.email }),
        },
        select: { id: true, filedBy: { select: { name: true } } },
      });
      await tx.auditEvent.create({
        data: {
          actorId: filer.kind === "user" ? filer.userId : null,
          action: "dispute.create",
          entity: "prediction",
          entityId: prediction.id,
          // The public filer's name, never their email: the change history is public.
          after: {
            dispute: dispute.id,
            judgement: judgement.id,
            filer: filer.kind === "user" ? (dispute.filedBy?.name ?? "") : filer.name,
            publicFiler: filer.kind === "public",
            text: input.text,
            evidence: input.evidence,
          },
        },
      });
      const record = toRecord(await tx.dispute.findUniqueOrThrow({ where: { id: dispute.id }, select: disputeSelect }));
      // The webhook outbox (docs/webhooks.md): committed with the dispute, or not at all.
      await recordWebhookEvent(tx, "dispute.created", disputeEventPayload(record, prediction));
      return record;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/**
 * Answers an open dispute, against the version the editor saw: the conditional UPDATE on version
 * and status lets exactly one of two concurrent answers win (the other gets CONFLICT and writes
 * nothing); the unique answer per dispute holds the same in the database. Upholding does not
 * change the judgement: the editor re-judges the prediction (appending a judgement) next.
 */
export async function answerDispute(
  db: Database,
  input: AnswerDisputeInput,
  actor: { userId: string | null },
): Promise<DisputeRecord> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.dispute.findUnique({
        where: { id: input.disputeId },
        select: {
          id: true,
          predictionId: true,
          status: true,
          version: true,
          prediction: { select: { id: true, key: true, claim: true } },
        },
      });
      if (!current) throw new DomainError("NOT_FOUND", `Dispute ${input.disputeId} does not exist`);
      const status = input.decision === "UPHOLD" ? "UPHELD" : "REJECTED";
      const claimed = await tx.dispute.updateMany({
        where: { id: current.id, version: input.version, status: "OPEN" },
        data: { status, version: { increment: 1 } },
      });
      if (claimed.count === 0) {
        const answer = await tx.disputeAnswer.findUnique({
          where: { disputeId: current.id },
          select: { decision: true, answeredBy: { select: { name: true } } },
        });
        throw new DomainError(
          "CONFLICT",
          answer
            ? `This dispute was already answered: ${answer.answeredBy?.name ?? "someone"} ${answer.decision === "UPHOLD" ? "upheld" : "rejected"} it. Reload to see the answer.`
            : "This dispute changed since you read it. Reload and answer again.",
        );
      }
      await tx.disputeAnswer.create({
        data: {
          disputeId: current.id,
          decision: input.decision,
          reason: input.reason ?? null,
          answeredById: actor.userId,
        },
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.userId,
          action: "dispute.answer",
          entity: "prediction",
          entityId: current.predictionId,
          before: { dispute: current.id, status: current.status },
          after: { dispute: current.id, status, decision: input.decision, reason: input.reason ?? null },
        },
      });
      const record = toRecord(await tx.dispute.findUniqueOrThrow({ where: { id: current.id }, select: disputeSelect }));
      await recordWebhookEvent(tx, "dispute.answered", disputeEventPayload(record, current.prediction));
      return record;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/**
 * The payload of the webhook events "dispute.created" and "dispute.answered" (issue 17's outbox):
 * the dispute as the REST API answers it (the filer's name, never their email address; dates as
 * ISO strings) and the prediction it is about.
 */
export function disputeEventPayload(
  record: DisputeRecord,
  prediction: { id: string; key: string; claim: string },
): { dispute: unknown; prediction: { id: string; key: string; claim: string } } {
  return {
    dispute: JSON.parse(JSON.stringify(record)) as unknown,
    prediction: { id: prediction.id, key: prediction.key, claim: prediction.claim },
  };
}

export async function getDispute(db: Database, id: string): Promise<DisputeRecord> {
  const row = await db.dispute.findUnique({ where: { id }, select: disputeSelect });
  if (!row) throw new DomainError("NOT_FOUND", `Dispute ${id} does not exist`);
  return toRecord(row);
}

/** A prediction's disputes, newest first, as anyone may read them (no email addresses). */
export async function listPredictionDisputes(db: Database, predictionId: string): Promise<DisputeRecord[]> {
  const prediction = await db.prediction.findUnique({ where: { id: predictionId }, select: { id: true } });
  if (!prediction) throw new DomainError("NOT_FOUND", `Prediction ${predictionId} does not exist`);
  const rows = await db.dispute.findMany({
    where: { predictionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: disputeSelect,
  });
  return rows.map(toRecord);
}

/** Keyset cursor over (open first, createdAt, id). */
function encodeQueueCursor(item: { status: string; createdAt: Date; id: string }): string {
  return Buffer.from(
    JSON.stringify([item.status === "OPEN" ? 0 : 1, item.createdAt.toISOString(), item.id]),
    "utf8",
  ).toString("base64url");
}

function decodeQueueCursor(cursor: string): { rank: number; at: Date; id: string } {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    // refused below
  }
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [rank, iso, id] = parsed as unknown[];
    const at = typeof iso === "string" ? new Date(iso) : new Date(Number.NaN);
    if (
      (rank === 0 || rank === 1) &&
      !Number.isNaN(at.getTime()) &&
      typeof id === "string" &&
      /^[\w-]{1,100}$/.test(id)
    ) {
      return { rank, at, id };
    }
  }
  throw new DomainError("INVALID", "The page cursor is not valid", [{ path: "cursor", message: "Not a valid cursor" }]);
}

/**
 * The editors' queue: open disputes first, oldest first (the longest waiting on top), then the
 * answered ones in the order they were filed; `status` keeps one kind. With the prediction each
 * is about and the public filer's email address (editors only).
 */
export async function listDisputes(db: Database, input: ListDisputesInput): Promise<Page<DisputeQueueItem>> {
  const after = input.cursor ? decodeQueueCursor(input.cursor) : null;
  const statuses = input.status ? [input.status] : (["OPEN", "UPHELD", "REJECTED"] as const);
  // Two keyset ranges, open and answered, read in that order until the page is full.
  const ranges: { rank: number; where: Prisma.DisputeWhereInput }[] = [
    { rank: 0, where: { status: "OPEN" } },
    { rank: 1, where: { status: { in: ["UPHELD", "REJECTED"] } } },
  ];
  const rows: DisputeRow[] = [];
  for (const range of ranges) {
    if (after && range.rank < after.rank) continue;
    const wanted = input.limit + 1 - rows.length;
    if (wanted <= 0) break;
    const keyset: Prisma.DisputeWhereInput =
      after && range.rank === after.rank
        ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] }
        : {};
    const found = await db.dispute.findMany({
      where: { AND: [range.where, { status: { in: [...statuses] } }, keyset] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: wanted,
      select: {
        ...disputeSelect,
        prediction: { select: { id: true, claim: true, analyst: { select: { slug: true, name: true } } } },
      },
    });
    rows.push(...found);
  }
  const page = rows.slice(0, input.limit) as (DisputeRow & {
    prediction: DisputeQueueItem["prediction"];
  })[];
  const items = page.map((row) => ({ ...toRecord(row), prediction: row.prediction, filerEmail: row.filerEmail }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeQueueCursor(last) : null };
}

/** How many disputes wait for an answer: the header's count and the notifications bell. */
export async function countOpenDisputes(db: Database): Promise<number> {
  return await db.dispute.count({ where: { status: "OPEN" } });
}

/**
 * The open disputes, oldest first, for editors' notifications (the bell): the dispute, its
 * prediction's claim and when it was filed. Cheap: the partial index on open disputes.
 */
export async function listOpenDisputes(
  db: Database,
  limit = 20,
): Promise<{ id: string; predictionId: string; claim: string; createdAt: Date }[]> {
  const rows = await db.dispute.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, predictionId: true, createdAt: true, prediction: { select: { claim: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    predictionId: row.predictionId,
    claim: row.prediction.claim,
    createdAt: row.createdAt,
  }));
}
