import { followAnalystInput } from "@hindsight/domain";
import { unfollowAnalyst as unfollowAnalystRow } from "@hindsight/db";
import { useCase } from "../use-case";
import type { SignedInContext } from "./settings";

/** Stops following an analyst as the signed-in user. */
export const unfollowAnalyst = useCase({
  input: followAnalystInput,
  run: (ctx: SignedInContext, input) => unfollowAnalystRow(ctx.primary, ctx.actor.userId, input.analyst),
});
