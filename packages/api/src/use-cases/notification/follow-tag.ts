import { followTagInput } from "@hindsight/domain";
import { followTag as followTagRow } from "@hindsight/db";
import { useCase } from "../use-case";
import type { SignedInContext } from "./settings";

/** Follows a tag as the signed-in user. */
export const followTag = useCase({
  input: followTagInput,
  run: (ctx: SignedInContext, input) => followTagRow(ctx.primary, ctx.actor.userId, input.tag),
});
