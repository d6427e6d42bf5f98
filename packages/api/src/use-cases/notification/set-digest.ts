import { setDigestInput } from "@hindsight/domain";
import { setDigestFrequency } from "@hindsight/db";
import { useCase } from "../use-case";
import { settingsOf, type SignedInContext } from "./settings";

/** Sets the signed-in user's email digest frequency; answers their settings as they now are. */
export const setDigest = useCase({
  input: setDigestInput,
  run: async (ctx: SignedInContext, input) => {
    await setDigestFrequency(ctx.primary, ctx.actor.userId, input.digest);
    return await settingsOf(ctx.primary, ctx.actor.userId);
  },
});
