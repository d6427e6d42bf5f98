import { createApiKey } from "../use-cases/api-key/create";
import { listApiKeys } from "../use-cases/api-key/list";
import { revokeApiKey } from "../use-cases/api-key/revoke";
import { adminProcedure, router } from "../trpc";

/** API keys for scripts: admins create them (the key is answered once), list and revoke them. */
export const apiKeyRouter = router({
  list: adminProcedure.query(({ ctx }) => listApiKeys(ctx)),
  create: adminProcedure.input(createApiKey.input).mutation(({ ctx, input }) => createApiKey.run(ctx, input)),
  revoke: adminProcedure.input(revokeApiKey.input).mutation(({ ctx, input }) => revokeApiKey.run(ctx, input)),
});
