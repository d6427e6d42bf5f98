import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { API_KEY_PREFIX, DomainError, type CreateApiKeyFormValues, type CreatedApiKey } from "@hindsight/domain";
import { findApiKeyCredentials, markApiKeyUsed, onPrimary, type Database } from "@hindsight/db";
import type { Actor } from "../context";
import { createApiKey as createApiKeyUseCase } from "../use-cases/api-key/create";
import { OPERATOR, parseInput } from "../use-cases/use-case";

/** `hs_` and the first 8 characters of the random part: stored in clear so that lists can name a key. */
export const API_KEY_VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

/** 32 random bytes (256 bits): a key cannot be guessed, so one unsalted sha256 is enough to store it. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, API_KEY_VISIBLE_LENGTH), keyHash: hashApiKey(key) };
}

export const hashApiKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/**
 * Creates a key for `ownerId` outside any request (tests, scripts): the `api-key/create` use case,
 * acting as the admin `actorId` or, without one, as the operator. INVALID with field issues for bad
 * input, including an expiry that is not in the future.
 */
export async function createApiKey(
  db: Database,
  input: CreateApiKeyFormValues,
  options: { ownerId: string; actorId?: string | null },
  now: Date,
): Promise<CreatedApiKey> {
  const actor = options.actorId ? { userId: options.actorId, role: "ADMIN" as const } : OPERATOR;
  return await createApiKeyUseCase.run({ db, now: () => now, actor }, parseInput(createApiKeyUseCase.input, input), {
    ownerId: options.ownerId,
  });
}

export interface ApiKeyAuthentication {
  actor: Actor;
  keyId: string;
}

const unauthorized = (message: string) => new DomainError("UNAUTHORIZED", message);

/**
 * The actor behind an `Authorization: Bearer <key>` header: the key's owner with the key's role.
 * Null when there is no header (an anonymous reader); UNAUTHORIZED for a malformed header or an
 * unknown, revoked or expired key. The stored hashes of the keys sharing the visible prefix are
 * compared in constant time. A key that is let in has its lastUsedAt set to `now`.
 */
export async function actorFromApiKey(
  db: Database,
  authorization: string | null,
  now: Date,
): Promise<ApiKeyAuthentication | null> {
  if (authorization === null) return null;
  const key = /^Bearer +(\S+) *$/i.exec(authorization.trim())?.[1];
  if (!key) throw unauthorized("Send the API key as `Authorization: Bearer <key>`");
  const unknownKey = unauthorized("This API key is not valid");
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) throw unknownKey;

  const presented = Buffer.from(hashApiKey(key), "hex");
  // On the primary, never a replica: a key revoked a moment ago is refused at once, a new one works at once.
  const candidates = await findApiKeyCredentials(onPrimary(db), key.slice(0, API_KEY_VISIBLE_LENGTH));
  const found = candidates.find((candidate) => {
    const stored = Buffer.from(candidate.keyHash, "hex");
    return stored.length === presented.length && timingSafeEqual(stored, presented);
  });
  if (!found) throw unknownKey;
  if (found.revokedAt) throw unauthorized("This API key has been revoked");
  if (found.expiresAt && found.expiresAt.getTime() <= now.getTime()) throw unauthorized("This API key has expired");
  await markApiKeyUsed(db, found.id, now);
  return { actor: { userId: found.createdById, role: found.role }, keyId: found.id };
}
