import { countOpenDisputes } from "@hindsight/db";
import type { UseCaseContext } from "../use-case";

/** How many disputes wait for an answer (the editors' header count); public, as the disputes are. */
export const openDisputeCount = (ctx: Pick<UseCaseContext, "db">): Promise<number> => countOpenDisputes(ctx.db);
