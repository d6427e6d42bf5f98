import { unsubscribeInput } from "@hindsight/domain";
import { unsubscribeByToken } from "@hindsight/db";
import type { Context } from "../../context";
import { useCase } from "../use-case";

/** Stops the digest an unsubscribe link names; no sign-in: the token is the proof. */
export const unsubscribe = useCase({
  input: unsubscribeInput,
  run: (ctx: Pick<Context, "primary">, input) => unsubscribeByToken(ctx.primary, input.token),
});
