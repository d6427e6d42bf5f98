import type { Database } from "@hindsight/db";
import type { JobDefinition } from "@hindsight/jobs";
import type { Mailer } from "./mail";
import { sendDigests } from "../use-cases/digest/send";

export const DIGEST_JOB_NAME = "digest.send";
/** Every hour on the hour: a daily digest goes out at the first run from 06:00 UTC, a weekly one on Mondays. */
export const DIGEST_JOB_CRON = "0 * * * *";

export interface DigestJobDependencies {
  db: Database;
  /** Null when SMTP_URL is unset: the job then does nothing (and says so once per run). */
  mailer: Mailer | null;
  baseUrl: string;
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * The digest job for the queue's registry: hourly, sends every due digest not sent yet
 * (`use-cases/digest/send.ts`; claims make a run on two workers at once send each digest once).
 */
export function digestJob(deps: DigestJobDependencies): JobDefinition {
  const log = deps.log ?? ((line: string) => console.log(line));
  return {
    name: DIGEST_JOB_NAME,
    cron: DIGEST_JOB_CRON,
    async handler() {
      if (!deps.mailer) {
        log("digest: SMTP_URL is not set, no digests sent");
        return;
      }
      const outcomes = await sendDigests(
        { db: deps.db, now: deps.now ?? (() => new Date()) },
        { mailer: deps.mailer, baseUrl: deps.baseUrl },
      );
      const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
      if (outcomes.some((outcome) => outcome.status !== "taken")) {
        log(`digest: ${count("sent")} sent, ${count("empty")} empty, ${count("failed")} failed`);
      }
      for (const failed of outcomes.filter((outcome) => outcome.status === "failed")) {
        log(`digest: sending to ${failed.email} failed (will retry): ${failed.error}`);
      }
    },
  };
}
