import { randomUUID } from "node:crypto";
import { DomainError, type ApiKeySummary, type Role } from "@hindsight/domain";
import type { Database } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { toDomainError } from "../errors";

// API keys are generated and hashed by the API package; this stores them, finds them by their
// visible prefix, audits creation and revocation, and counts writes for the rate limit.

const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  role: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const satisfies Prisma.ApiKeySelect;

/** What an audit event records of a key: never its hash. */
const audited = (key: ApiKeySummary) => ({
  name: key.name,
  prefix: key.prefix,
  role: key.role,
  expiresAt: key.expiresAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

export interface NewApiKey {
  name: string;
  role: Role;
  expiresAt: Date | null;
  prefix: string;
  keyHash: string;
  /** The admin the key belongs to: writes made with it are recorded as theirs. */
  createdById: string;
  createdAt: Date;
}

/** Stores a new key (its hash only) and audits its creation, in one transaction. */
export async function insertApiKey(
  db: Database,
  data: NewApiKey,
  options: { actorId?: string | null } = {},
): Promise<ApiKeySummary> {
  try {
    return await db.$transaction(async (tx) => {
      const owner = await tx.user.findUnique({ where: { id: data.createdById }, select: { id: true } });
      if (!owner) throw new DomainError("NOT_FOUND", "The user the key would belong to does not exist");
      const key = await tx.apiKey.create({ data, select: apiKeySelect });
      await tx.auditEvent.create({
        data: {
          actorId: options.actorId ?? null,
          action: "apiKey.create",
          entity: "apiKey",
          entityId: key.id,
          after: audited(key),
        },
      });
      return key;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Every key, newest first, revoked and expired ones included (they say what happened to a script). */
export async function listApiKeys(db: Database): Promise<ApiKeySummary[]> {
  return await db.apiKey.findMany({ select: apiKeySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** A key by its id or its visible prefix (`hs_` and 8 characters). */
export async function findApiKey(db: Database, idOrPrefix: string): Promise<ApiKeySummary> {
  const value = idOrPrefix.trim();
  const byId = await db.apiKey.findUnique({ where: { id: value }, select: apiKeySelect });
  if (byId) return byId;
  const byPrefix = await db.apiKey.findMany({ where: { prefix: value }, select: apiKeySelect, take: 2 });
  if (byPrefix.length > 1) {
    throw new DomainError("INVALID", `More than one key starts with ${value}: give the key's id instead`, [
      { path: "id", message: "More than one key has this prefix" },
    ]);
  }
  const [found] = byPrefix;
  if (!found) throw new DomainError("NOT_FOUND", `No API key with the id or prefix "${value}"`);
  return found;
}

export interface ApiKeyCredentials {
  id: string;
  keyHash: string;
  role: Role;
  createdById: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** The stored hashes of the keys with this visible prefix, for the caller to compare in constant time. */
export async function findApiKeyCredentials(db: Database, prefix: string): Promise<ApiKeyCredentials[]> {
  return await db.apiKey.findMany({
    where: { prefix },
    select: { id: true, keyHash: true, role: true, createdById: true, expiresAt: true, revokedAt: true },
  });
}

export async function markApiKeyUsed(db: Database, id: string, now: Date): Promise<void> {
  await db.apiKey.update({ where: { id }, data: { lastUsedAt: now }, select: { id: true } });
}

/**
 * Revokes a key from `now` on and audits it. Revoking a revoked key changes nothing and records
 * nothing (`alreadyRevoked` says so), so that two admins revoking at once leave one event.
 */
export async function revokeApiKey(
  db: Database,
  idOrPrefix: string,
  options: { actorId?: string | null },
  now: Date,
): Promise<ApiKeySummary & { alreadyRevoked: boolean }> {
  try {
    const key = await findApiKey(db, idOrPrefix);
    return await db.$transaction(async (tx) => {
      const claimed = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: now } });
      const current = await tx.apiKey.findUniqueOrThrow({ where: { id: key.id }, select: apiKeySelect });
      if (claimed.count === 0) return { ...current, alreadyRevoked: true };
      await tx.auditEvent.create({
        data: {
          actorId: options.actorId ?? null,
          action: "apiKey.revoke",
          entity: "apiKey",
          entityId: key.id,
          before: audited(key),
          after: audited(current),
        },
      });
      return { ...current, alreadyRevoked: false };
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in the current window (0 when refused). */
  remaining: number;
  /** Seconds until the window resets, at least 1. */
  retryAfterSeconds: number;
}

/**
 * Counts one request of a key against a fixed window of `windowSeconds`, in the `rate_limit` table
 * that sign-in also uses (keys `api-key:<id>` cannot collide with its `<ip>|<path>` ones), so that
 * every server process shares the count. For these rows `lastRequest` holds the start of the
 * current window in epoch milliseconds. One atomic upsert: concurrent requests never both take the
 * last slot.
 */
export async function countApiKeyRequest(
  db: Database,
  keyId: string,
  limit: { max: number; windowSeconds: number },
  now: Date,
): Promise<RateLimitDecision> {
  const windowMs = limit.windowSeconds * 1000;
  const nowMs = BigInt(now.getTime());
  const expired = nowMs - BigInt(windowMs);
  const [row] = await db.$queryRaw<{ count: number; windowStart: bigint }[]>`
    INSERT INTO "rate_limit" ("id", "key", "count", "lastRequest")
    VALUES (${randomUUID()}, ${`api-key:${keyId}`}, 1, ${nowMs})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limit"."lastRequest" <= ${expired} THEN 1 ELSE "rate_limit"."count" + 1 END,
      "lastRequest" = CASE WHEN "rate_limit"."lastRequest" <= ${expired} THEN ${nowMs} ELSE "rate_limit"."lastRequest" END
    RETURNING "count", "lastRequest" AS "windowStart"`;
  if (!row) throw new Error("The rate-limit counter was not returned");
  const count = Number(row.count);
  const resetsInMs = Number(row.windowStart) + windowMs - now.getTime();
  return {
    allowed: count <= limit.max,
    remaining: Math.max(0, limit.max - count),
    retryAfterSeconds: Math.max(1, Math.ceil(resetsInMs / 1000)),
  };
}
