import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { makeUser, predictionInput } from "@hindsight/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness } from "../test/harness";
import type { JobContext } from "@hindsight/jobs";
import { digestJob } from "./jobs";
import { createMailer } from "./mail";
import { sendDueDigests } from "./send";

/**
 * Digests delivered to a real SMTP server started here (smtp-server), read back with mailparser.
 * The clock: Friday 2026-06-05 07:00 UTC, an hour into the day's daily period (key 2026-06-05).
 */
let api: ApiHarness;
const now = new Date("2026-06-05T07:00:00Z");
const baseUrl = "https://hindsight.example.org";

interface Delivered {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** An SMTP server on a free port; `refuse` makes it answer every message with a 451. */
async function startSmtp(options: { refuse?: boolean } = {}) {
  const delivered: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (options.refuse) {
          const error = Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 });
          callback(error);
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          delivered.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    delivered,
    mailer: createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: "Hindsight <digest@example.org>" })!,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let servers: { close(): Promise<void> }[] = [];
const smtp = async (options: { refuse?: boolean } = {}) => {
  const server = await startSmtp(options);
  servers.push(server);
  return server;
};

let analystSlug = "";

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_digest_send");
  const editor = api.callerFor(api.actors.editor, () => now);
  const fell = await editor.prediction.create(
    predictionInput({
      source: undefined,
      analyst: { mode: "new", name: "Dora Digest" },
      claim: "The <b>strike</b> ends & talks resume",
      madeAt: "2026-01-10",
      resolveBy: "2026-06-05",
    }),
  );
  analystSlug = fell.analyst.slug;
  await editor.prediction.create(
    predictionInput({
      source: undefined,
      analyst: { mode: "existing", id: fell.analyst.id },
      claim: "The budget passes next week",
      madeAt: "2026-01-10",
      resolveBy: "2026-06-10",
    }),
  );
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});
afterAll(async () => {
  await api.database.drop();
});

/** A user who follows the analyst and chose a daily digest. */
async function subscriber(name: string, digest: "DAILY" | "WEEKLY" = "DAILY") {
  const actor = await makeUser(api.database.db, "VIEWER", name);
  const caller = api.callerFor(actor, () => now);
  await caller.notification.followAnalyst({ analyst: analystSlug });
  await caller.notification.setDigest({ digest });
  const user = await api.database.db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    include: { notificationPrefs: true },
  });
  return { ...actor, email: user.email, token: user.notificationPrefs!.unsubscribeToken, caller };
}

const clearSubscribers = async () => {
  await api.database.db.notificationPrefs.updateMany({ data: { digest: "OFF" } });
};

describe("sendDueDigests over SMTP", () => {
  it("delivers a digest with both parts, the links and the one-click unsubscribe headers", async () => {
    await clearSubscribers();
    const user = await subscriber("Sam Subscriber");
    const server = await smtp();
    const outcomes = await sendDueDigests({ db: api.database.db, mailer: server.mailer, baseUrl, now });
    expect(outcomes).toEqual([expect.objectContaining({ email: user.email, status: "sent", periodKey: "2026-06-05" })]);

    expect(server.delivered).toHaveLength(1);
    const { envelopeTo, mail } = server.delivered[0]!;
    expect(envelopeTo).toEqual([user.email]);
    expect(mail.subject).toBe("Hindsight daily digest, 2026-06-05: 1 prediction fell due, 1 due in the next 7 days");
    expect(mail.from?.value).toEqual([{ name: "Hindsight", address: "digest@example.org" }]);
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value).toEqual([{ name: "Sam Subscriber", address: user.email }]);
    expect(mail.text).toContain("* The <b>strike</b> ends & talks resume");
    expect(mail.text).toContain("* The budget passes next week");
    expect(mail.html).toContain("The &lt;b&gt;strike&lt;/b&gt; ends &amp; talks resume");
    expect(mail.html).not.toContain("<b>strike</b>");
    expect(mail.html).toMatch(/<a href="https:\/\/hindsight\.example\.org\/predictions\/[^"]+">The budget passes/);
    const page = `${baseUrl}/unsubscribe/${user.token}`;
    expect(mail.text).toContain(`Unsubscribe (no sign-in needed): ${page}`);
    expect(mail.html).toContain(`<a href="${page}">Unsubscribe</a>`);
    // Header lines as sent, unfolded (RFC 5322 folds long ones).
    const header = (name: string) => mail.headerLines.find((line) => line.key === name)?.line.replace(/\r\n\s+/g, " ");
    expect(header("list-unsubscribe")).toBe(`List-Unsubscribe: <${baseUrl}/api/unsubscribe/${user.token}>`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    const row = await api.database.db.digestSend.findFirstOrThrow({ where: { userId: user.userId } });
    expect(row).toMatchObject({ frequency: "DAILY", periodKey: "2026-06-05", status: "SENT", attempts: 1, items: 2 });

    // The same period again: nothing more is sent.
    const again = await sendDueDigests({ db: api.database.db, mailer: server.mailer, baseUrl, now });
    expect(again.map((outcome) => outcome.status)).toEqual(["taken"]);
    expect(server.delivered).toHaveLength(1);

    // The link in the mail works without signing in, and the next day sends nothing.
    await api.anonymous.notification.unsubscribe({ token: user.token });
    const tomorrow = new Date("2026-06-06T07:00:00Z");
    expect(await sendDueDigests({ db: api.database.db, mailer: server.mailer, baseUrl, now: tomorrow })).toEqual([]);
  });

  it("sends one digest per user when two workers run at once", async () => {
    await clearSubscribers();
    const users = await Promise.all(["Ann One", "Bob Two", "Cy Three", "Di Four"].map((name) => subscriber(name)));
    const server = await smtp();
    const run = () => sendDueDigests({ db: api.database.db, mailer: server.mailer, baseUrl, now });
    const [first, second] = await Promise.all([run(), run()]);
    const sent = [...first, ...second].filter((outcome) => outcome.status === "sent");
    expect(sent.map((outcome) => outcome.email).sort()).toEqual(users.map((user) => user.email).sort());
    expect([...first, ...second].filter((outcome) => outcome.status === "taken")).toHaveLength(users.length);
    expect(server.delivered.map((delivery) => delivery.envelopeTo[0]).sort()).toEqual(
      users.map((user) => user.email).sort(),
    );
    expect(
      await api.database.db.digestSend.count({ where: { userId: { in: users.map((user) => user.userId) } } }),
    ).toBe(users.length);
  });

  it("records a refused send as FAILED and sends it on a later run", async () => {
    await clearSubscribers();
    const user = await subscriber("Fran Flaky", "WEEKLY");
    const refusing = await smtp({ refuse: true });
    const failed = await sendDueDigests({ db: api.database.db, mailer: refusing.mailer, baseUrl, now });
    expect(failed).toEqual([expect.objectContaining({ status: "failed", periodKey: "2026-W23" })]);
    expect(failed[0]!.error).toContain("Mailbox busy");
    const row = await api.database.db.digestSend.findFirstOrThrow({ where: { userId: user.userId } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, sentAt: null });
    expect(row.error).toContain("Mailbox busy");

    const working = await smtp();
    const later = new Date(now.getTime() + 60 * 60 * 1000);
    const retried = await sendDueDigests({ db: api.database.db, mailer: working.mailer, baseUrl, now: later });
    expect(retried.map((outcome) => outcome.status)).toEqual(["sent"]);
    expect(working.delivered).toHaveLength(1);
    expect(await api.database.db.digestSend.findFirstOrThrow({ where: { userId: user.userId } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      error: null,
      sentAt: later,
    });
  });

  it("does not resend a digest left SENDING by a crash, nor one that failed five times", async () => {
    await clearSubscribers();
    const crashed = await subscriber("Cora Crashed");
    const hopeless = await subscriber("Hal Hopeless");
    await api.database.db.digestSend.createMany({
      data: [
        { userId: crashed.userId, frequency: "DAILY", periodKey: "2026-06-05", status: "SENDING", claimedAt: now },
        {
          userId: hopeless.userId,
          frequency: "DAILY",
          periodKey: "2026-06-05",
          status: "FAILED",
          attempts: 5,
          claimedAt: now,
          error: "550 no such mailbox",
        },
      ],
    });
    const server = await smtp();
    const later = new Date(now.getTime() + 3 * 60 * 60 * 1000);
    const outcomes = await sendDueDigests({ db: api.database.db, mailer: server.mailer, baseUrl, now: later });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["taken", "taken"]);
    expect(server.delivered).toHaveLength(0);
  });

  it("records an empty digest without mailing it", async () => {
    await clearSubscribers();
    const actor = await makeUser(api.database.db, "VIEWER", "Nell Nothing");
    await api.callerFor(actor, () => now).notification.setDigest({ digest: "DAILY" });
    const server = await smtp();
    const outcomes = await sendDueDigests({ db: api.database.db, mailer: server.mailer, baseUrl, now });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["empty"]);
    expect(server.delivered).toHaveLength(0);
    expect(await api.database.db.digestSend.findFirstOrThrow({ where: { userId: actor.userId } })).toMatchObject({
      status: "EMPTY",
    });
  });

  it("computes without sending or recording on a dry run, and refuses to send without SMTP", async () => {
    await clearSubscribers();
    const user = await subscriber("Dee Dry");
    const before = await api.database.db.digestSend.count();
    const preview = await sendDueDigests({ db: api.database.db, mailer: null, baseUrl, now, dryRun: true });
    expect(preview).toEqual([expect.objectContaining({ email: user.email, status: "preview", items: 2 })]);
    expect(preview[0]!.message?.text).toContain("The budget passes next week");
    expect(await api.database.db.digestSend.count()).toBe(before);
    await expect(sendDueDigests({ db: api.database.db, mailer: null, baseUrl, now })).rejects.toThrow(
      "SMTP_URL is not set",
    );
  });

  it("runs as the hourly job", async () => {
    await clearSubscribers();
    const user = await subscriber("Jo Job");
    const server = await smtp();
    const lines: string[] = [];
    // The job brings its own database and mailer; the worker's context is not used.
    const unusedContext = undefined as unknown as JobContext;
    const job = digestJob({
      db: api.database.db,
      mailer: server.mailer,
      baseUrl,
      now: () => now,
      log: (line) => lines.push(line),
    });
    expect(job).toMatchObject({ name: "digest.send", cron: "0 * * * *" });
    await job.handler([], unusedContext);
    expect(server.delivered.map((delivery) => delivery.envelopeTo[0])).toEqual([user.email]);
    expect(lines).toEqual(["digest: 1 sent, 0 empty, 0 failed"]);
    const idle = digestJob({ db: api.database.db, mailer: null, baseUrl, log: (line) => lines.push(line) });
    await idle.handler([], unusedContext);
    expect(lines.at(-1)).toBe("digest: SMTP_URL is not set, no digests sent");
  });
});
