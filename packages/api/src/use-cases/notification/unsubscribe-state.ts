import { unsubscribeInput } from "@hindsight/domain";
import { unsubscribeTokenState } from "@hindsight/db";
import type { Context } from "../../context";
import { useCase } from "../use-case";

/** Whether an unsubscribe link is known and which digest it stops (the page before confirming); no sign-in. */
export const unsubscribeState = useCase({
  input: unsubscribeInput,
  run: async (ctx: Pick<Context, "primary">, input) => ({
    digest: await unsubscribeTokenState(ctx.primary, input.token),
  }),
});
