import { followAnalystInput } from "@hindsight/domain";
import { followAnalyst as followAnalystRow } from "@hindsight/db";
import { useCase } from "../use-case";
import type { SignedInContext } from "./settings";

/** Follows an analyst as the signed-in user. */
export const followAnalyst = useCase({
  input: followAnalystInput,
  run: (ctx: SignedInContext, input) => followAnalystRow(ctx.primary, ctx.actor.userId, input.analyst),
});
