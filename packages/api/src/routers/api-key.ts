import { createApiKeyInput, revokeApiKeyInput } from "@hindsight/domain";
import { listApiKeys, revokeApiKey } from "@hindsight/db";
import { createApiKey } from "../auth/api-keys";
import { adminProcedure, router } from "../trpc";

/** API keys for scripts: admins create them (the key is answered once), list and revoke them. */
export const apiKeyRouter = router({
  list: adminProcedure.query(({ ctx }) => listApiKeys(ctx.db)),
  create: adminProcedure
    .input(createApiKeyInput)
    .mutation(({ ctx, input }) =>
      createApiKey(ctx.db, input, { ownerId: ctx.actor.userId, actorId: ctx.actor.userId }, ctx.now()),
    ),
  revoke: adminProcedure
    .input(revokeApiKeyInput)
    .mutation(({ ctx, input }) => revokeApiKey(ctx.db, input.id, { actorId: ctx.actor.userId }, ctx.now())),
});
