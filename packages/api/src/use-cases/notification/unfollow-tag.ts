import { followTagInput } from "@hindsight/domain";
import { unfollowTag as unfollowTagRow } from "@hindsight/db";
import { useCase } from "../use-case";
import type { SignedInContext } from "./settings";

/** Stops following a tag as the signed-in user. */
export const unfollowTag = useCase({
  input: followTagInput,
  run: (ctx: SignedInContext, input) => unfollowTagRow(ctx.primary, ctx.actor.userId, input.tag),
});
