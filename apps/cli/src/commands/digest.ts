import { parseArgs } from "node:util";
import { createMailer, DEFAULT_MAIL_FROM, operatorContext, useCases, type DigestOutcome } from "@hindsight/api";
import { isDomainError } from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";

export const DIGEST_USAGE = `usage: hindsight digest [--dry-run] [--user <email>] [--json]

  Sends the email digests that are due now and not sent yet: for each user who chose one on
  /settings/notifications, the predictions of what they follow that fell due in the last day (daily)
  or week (weekly) and those due in the next 7 days (docs/notifications.md). A digest already sent
  for its period is not sent again, here or by the hourly job. Needs SMTP_URL (and MAIL_FROM).

  --dry-run        print each digest that would be sent (recipient, subject, text), send nothing
  --user <email>   only this user
  --json           print [{ email, frequency, periodKey, status, items, subject, text }]

examples:
  pnpm hindsight digest --dry-run
  pnpm hindsight digest --dry-run --user vera@example.org
  SMTP_URL=smtp://localhost:2525 pnpm hindsight digest`;

export interface DigestOptions {
  dryRun: boolean;
  user: string | undefined;
  json: boolean;
  help: boolean;
}

export function parseDigestArgs(args: string[]): DigestOptions {
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        "dry-run": { type: "boolean", default: false },
        user: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    const user = values.user?.trim();
    if (values.user !== undefined && !user?.includes("@")) {
      throw new UsageError(`--user needs an email address, got "${values.user.slice(0, 80)}"`);
    }
    return { dryRun: values["dry-run"], user, json: values.json, help: values.help };
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${DIGEST_USAGE}`);
  }
}

const STATUS_WORDS: Record<DigestOutcome["status"], string> = {
  sent: "sent",
  empty: "nothing to send (no mail)",
  failed: "FAILED (a later run tries again)",
  taken: "already sent for this period",
  preview: "would be sent",
};

/** A dry run's digest as text: who, which period, the subject and the plain-text part. */
export function formatOutcome(outcome: DigestOutcome): string {
  const head = `To: ${outcome.email} (${outcome.frequency.toLowerCase()}, ${outcome.periodKey}): ${STATUS_WORDS[outcome.status]}${
    outcome.error ? `: ${outcome.error}` : ""
  }`;
  if (outcome.status !== "preview" || !outcome.message) return head;
  return [head, `Subject: ${outcome.message.subject}`, "", outcome.message.text].join("\n");
}

export interface DigestOutput {
  out(text: string): void;
  err(line: string): void;
}

const consoleOutput: DigestOutput = { out: (text) => console.log(text), err: (line) => console.error(line) };

export async function digestCommand(
  env: CliEnv,
  args: string[],
  output: DigestOutput = consoleOutput,
  now: () => Date = () => new Date(),
): Promise<number> {
  const options = parseDigestArgs(args);
  if (options.help) {
    output.out(DIGEST_USAGE);
    return 0;
  }
  if (!options.dryRun && !env.smtpUrl) {
    output.err(
      "SMTP_URL is not set, so no digest can be sent. Set it (e.g. smtps://user:password@smtp.example.org:465) and MAIL_FROM, or add --dry-run to see what would be sent.",
    );
    return 1;
  }
  const baseUrl = env.baseUrl ?? `http://localhost:${env.webPort ?? 3000}`;
  const mailer = options.dryRun
    ? null
    : createMailer({ smtpUrl: env.smtpUrl, mailFrom: env.mailFrom ?? DEFAULT_MAIL_FROM });
  return await withLedger(
    env,
    async (db) => {
      let outcomes: DigestOutcome[];
      try {
        outcomes = await useCases.digest.send(operatorContext(db, { now }), {
          mailer,
          baseUrl,
          email: options.user,
          dryRun: options.dryRun,
        });
      } catch (error) {
        if (!isDomainError(error) || error.code !== "NOT_FOUND") throw error;
        output.err(error.message);
        return 1;
      }
      if (options.json) {
        output.out(
          JSON.stringify(
            outcomes.map(({ message, ...outcome }) => ({
              ...outcome,
              subject: message?.subject ?? null,
              text: message?.text ?? null,
            })),
            null,
            2,
          ),
        );
      } else {
        for (const outcome of outcomes) output.out(`${formatOutcome(outcome)}\n`);
        if (outcomes.length === 0) {
          output.out(
            options.user
              ? `${options.user} has not chosen a digest (see /settings/notifications).`
              : "Nobody has chosen a digest (see /settings/notifications).",
          );
        } else {
          const count = (status: DigestOutcome["status"]) =>
            outcomes.filter((outcome) => outcome.status === status).length;
          output.out(
            options.dryRun
              ? `Dry run: ${count("preview")} digest(s) would be sent, ${count("empty")} empty; nothing sent.`
              : `${count("sent")} sent, ${count("taken")} already sent, ${count("empty")} empty, ${count("failed")} failed.`,
          );
        }
      }
      return outcomes.some((outcome) => outcome.status === "failed") ? 1 : 0;
    },
    { log: (line) => output.err(line) },
  );
}
