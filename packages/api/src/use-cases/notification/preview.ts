import { z } from "zod";
import { DomainError, digestFrequencies } from "@hindsight/domain";
import { findUserById } from "@hindsight/db";
import type { Context } from "../../context";
import { previewDigest } from "../../digest/send";
import { useCase, type UseCaseContext } from "../use-case";
import type { SignedInContext } from "./settings";

const previewInput = z
  .object({
    digest: z.enum(digestFrequencies.filter((value) => value !== "OFF") as ["DAILY", "WEEKLY"], {
      error: "Digest must be DAILY or WEEKLY",
    }),
  })
  .default({ digest: "WEEKLY" });

/** The digest the signed-in user would get now at this frequency (its text and HTML), whether or not mail is set up. */
export const previewNotificationDigest = useCase({
  input: previewInput,
  run: async (ctx: SignedInContext & Pick<UseCaseContext, "now"> & Pick<Context, "siteUrl">, input) => {
    const user = await findUserById(ctx.primary, ctx.actor.userId);
    if (!user) throw new DomainError("NOT_FOUND", "The signed-in user no longer exists");
    return await previewDigest(
      ctx.primary,
      { userId: user.id, name: user.name, email: user.email },
      input.digest,
      ctx.siteUrl,
      ctx.now(),
    );
  },
});
