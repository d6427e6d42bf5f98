import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import {
  API_KEY_PREFIX,
  createApiKeyInput,
  DomainError,
  formatIssuePath,
  type CreateApiKeyFormValues,
  type CreatedApiKey,
} from "@hindsight/domain";
import { findApiKeyCredentials, insertApiKey, markApiKeyUsed, onPrimary, type Database } from "@hindsight/db";
import type { Actor } from "../context";

/** `hs_` and the first 8 characters of the random part: stored in clear so that lists can name a key. */
export const API_KEY_VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

/** 32 random bytes (256 bits): a key cannot be guessed, so one unsalted sha256 is enough to store it. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, API_KEY_VISIBLE_LENGTH), keyHash: hashApiKey(key) };
}

export const hashApiKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/**
 * Creates a key for `ownerId` (the admin whose key it is: what it writes is recorded as theirs) and
 * returns it with the key itself, which is never stored and cannot be shown again. INVALID with
 * field issues for bad input, including an expiry that is not in the future.
 */
export async function createApiKey(
  db: Database,
  input: CreateApiKeyFormValues,
  options: { ownerId: string; actorId?: string | null },
  now: Date,
): Promise<CreatedApiKey> {
  const parsed = createApiKeyInput.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      "INVALID",
      "Some fields are not valid",
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
    );
  }
  const { name, role, expiresAt } = parsed.data;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw new DomainError("INVALID", "Some fields are not valid", [
      { path: "expiresAt", message: "Expiry date must be in the future" },
    ]);
  }
  const { key, prefix, keyHash } = generateApiKey();
  const summary = await insertApiKey(
    db,
    { name, role, expiresAt: expiresAt ?? null, prefix, keyHash, createdById: options.ownerId, createdAt: now },
    { actorId: options.actorId ?? null },
  );
  return { ...summary, key };
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
