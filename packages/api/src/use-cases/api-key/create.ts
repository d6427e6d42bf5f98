import { insertApiKey } from "@hindsight/db";
import { createApiKeyInput, DomainError, type CreatedApiKey } from "@hindsight/domain";
import { generateApiKey } from "../../auth/api-keys";
import { actorIdOf, type UseCase, type UseCaseContext } from "../use-case";

/**
 * Creates a key and returns it with the key itself, which is never stored and cannot be shown
 * again. The key belongs to `ownerId` (what it writes is recorded as theirs): the acting admin's
 * own id unless another is given (the operator gives the admin found by `api-key/owner`).
 * INVALID for an expiry that is not in the future.
 */
export const createApiKey = {
  input: createApiKeyInput,
  async run(ctx: UseCaseContext, input, options: { ownerId?: string } = {}): Promise<CreatedApiKey> {
    const { name, role, expiresAt } = input;
    const now = ctx.now();
    if (expiresAt && expiresAt.getTime() <= now.getTime()) {
      throw new DomainError("INVALID", "Some fields are not valid", [
        { path: "expiresAt", message: "Expiry date must be in the future" },
      ]);
    }
    const actorId = actorIdOf(ctx.actor);
    const ownerId = options.ownerId ?? actorId;
    if (!ownerId) throw new DomainError("INVALID", "An API key needs an admin to own it");
    const { key, prefix, keyHash } = generateApiKey();
    const summary = await insertApiKey(
      ctx.db,
      { name, role, expiresAt: expiresAt ?? null, prefix, keyHash, createdById: ownerId, createdAt: now },
      { actorId },
    );
    return { ...summary, key };
  },
} satisfies UseCase<typeof createApiKeyInput, CreatedApiKey>;
