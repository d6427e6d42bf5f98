import { findUserByEmail } from "@hindsight/db";
import { DomainError } from "@hindsight/domain";
import type { Mailer } from "../../digest/mail";
import { sendDueDigests, type DigestOutcome } from "../../digest/send";
import type { UseCaseContext } from "../use-case";

export interface SendDigestsOptions {
  /** Where digests go out; null only for a dry run. */
  mailer: Mailer | null;
  /** HINDSIGHT_BASE_URL: the links in each mail. */
  baseUrl: string;
  /** Only this user (by email): NOT_FOUND when nobody has it. */
  email?: string;
  /** Compute every due digest without sending or recording anything. */
  dryRun?: boolean;
}

/**
 * Sends the email digests due at `ctx.now()` and not sent yet, each once however many runs ask
 * (docs/notifications.md): the hourly job's work, and `hindsight digest`'s.
 */
export async function sendDigests(
  ctx: Pick<UseCaseContext, "db" | "now">,
  options: SendDigestsOptions,
): Promise<DigestOutcome[]> {
  if (options.email && !(await findUserByEmail(ctx.db, options.email))) {
    throw new DomainError("NOT_FOUND", `No user has the email ${options.email}`);
  }
  return await sendDueDigests({ db: ctx.db, now: ctx.now(), ...options });
}
