import { listApiKeys as listApiKeyRows } from "@hindsight/db";
import type { ApiKeySummary } from "@hindsight/domain";
import type { UseCaseContext } from "../use-case";

/** Every key, never the keys themselves: for admins (tRPC `apiKey.list`) and the operator. */
export const listApiKeys = (ctx: Pick<UseCaseContext, "db">): Promise<ApiKeySummary[]> => listApiKeyRows(ctx.db);
