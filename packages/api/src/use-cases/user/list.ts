import { listUsers as listUserRows } from "@hindsight/db";
import type { UserSummary } from "@hindsight/domain";
import type { UseCaseContext } from "../use-case";

/** Every user with their role, for admins (tRPC `user.list`) and the operator (`hindsight user list`). */
export const listUsers = (ctx: Pick<UseCaseContext, "db">): Promise<UserSummary[]> => listUserRows(ctx.db);
