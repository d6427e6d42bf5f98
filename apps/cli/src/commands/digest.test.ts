import { createCaller, createContext } from "@hindsight/api";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "@hindsight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv, UsageError } from "../env";
import { digestCommand, parseDigestArgs } from "./digest";

describe("parseDigestArgs", () => {
  it.each([
    [[], { dryRun: false, user: undefined, json: false, help: false }],
    [
      ["--dry-run", "--user", " vera@example.org "],
      { dryRun: true, user: "vera@example.org", json: false, help: false },
    ],
    [["--dry-run", "--json"], { dryRun: true, user: undefined, json: true, help: false }],
    [["--help"], { dryRun: false, user: undefined, json: false, help: true }],
  ])("reads %j", (args, expected) => {
    expect(parseDigestArgs(args)).toEqual(expected);
  });

  it.each([
    [["--user", "vera"], '--user needs an email address, got "vera"'],
    [["--user"], "argument missing"],
    [["--now"], "Unknown option '--now'"],
    [["everyone"], "Unexpected argument 'everyone'"],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseDigestArgs(args)).toThrow(UsageError);
    expect(() => parseDigestArgs(args)).toThrow(message);
  });
});

describe("hindsight digest against a database", () => {
  let database: TestDatabase;
  const now = new Date("2026-06-05T07:00:00Z");
  let vera = "";

  beforeAll(async () => {
    database = await createTestDatabase("hindsight_cli_digest");
    const editor = createCaller(createContext({ db: database.db, actor: await makeUser(database.db, "EDITOR") }));
    const created = await editor.prediction.create(
      predictionInput({
        source: undefined,
        claim: "The strike ends by June",
        madeAt: "2026-01-02",
        resolveBy: "2026-06-05",
      }),
    );
    const subscribe = async (name: string, digest: "DAILY" | "WEEKLY") => {
      const actor = await makeUser(database.db, "VIEWER", name);
      const caller = createCaller(createContext({ db: database.db, actor }));
      await caller.notification.followAnalyst({ analyst: created.analyst.slug });
      await caller.notification.setDigest({ digest });
      return (await database.db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email;
    };
    vera = await subscribe("Vera Daily", "DAILY");
    await subscribe("Walt Weekly", "WEEKLY");
  });
  afterAll(async () => {
    await database.drop();
  });

  const run = async (args: string[], environment: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await digestCommand(
      readEnv({ DATABASE_URL: database.url, HINDSIGHT_BASE_URL: "https://hindsight.example.org", ...environment }),
      args,
      { out: (text) => out.push(text), err: (line) => err.push(line) },
      () => now,
    );
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("prints every digest that would be sent on a dry run, and sends nothing", async () => {
    const result = await run(["--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`To: ${vera} (daily, 2026-06-05): would be sent`);
    expect(result.out).toContain("(weekly, 2026-W23): would be sent");
    expect(result.out).toContain("Subject: Hindsight daily digest, 2026-06-05: 1 prediction fell due");
    expect(result.out).toContain("* The strike ends by June");
    expect(result.out).toContain("https://hindsight.example.org/unsubscribe/");
    expect(result.out).toContain("Dry run: 2 digest(s) would be sent, 0 empty; nothing sent.");
    expect(await database.db.digestSend.count()).toBe(0);
  });

  it("limits a dry run to one user, and prints JSON", async () => {
    const result = await run(["--dry-run", "--user", vera.toUpperCase(), "--json"]);
    expect(result.code).toBe(0);
    const outcomes = JSON.parse(result.out) as { email: string; status: string; subject: string }[];
    expect(outcomes).toEqual([
      expect.objectContaining({ email: vera, status: "preview", subject: expect.stringMatching(/^Hindsight daily/) }),
    ]);
  });

  it("says when the user does not exist", async () => {
    const result = await run(["--dry-run", "--user", "nobody@example.org"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("No user has the email nobody@example.org");
  });

  it("refuses to send without SMTP_URL, and says how to see what would be sent", async () => {
    const result = await run([]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("SMTP_URL is not set, so no digest can be sent");
    expect(result.err).toContain("--dry-run");
    expect(await database.db.digestSend.count()).toBe(0);
  });
});
