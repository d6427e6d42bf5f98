import { createHash } from "node:crypto";
import { actorFromApiKey } from "@hindsight/api";
import { createTestDatabase, makeUser, type TestDatabase } from "@hindsight/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv, UsageError } from "../env";
import { apiKeyCommand, formatApiKeyTable, parseApiKeyCreateArgs } from "./api-key";

let database: TestDatabase;
let firstAdmin: { userId: string; name: string };
const now = new Date("2026-06-01T12:00:00Z");
const env = () => readEnv({ DATABASE_URL: database.url });

beforeAll(async () => {
  database = await createTestDatabase("hindsight_cli_apikey");
  firstAdmin = await makeUser(database.db, "ADMIN", "Ada First");
  await makeUser(database.db, "EDITOR", "Ed Editor");
});
afterAll(async () => {
  await database.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the command with stdout and stderr captured. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: unknown) => void out.push(String(line)));
  vi.spyOn(console, "error").mockImplementation((line: unknown) => void err.push(String(line)));
  const code = await apiKeyCommand(env(), args, () => now);
  vi.restoreAllMocks();
  // Progress lines of the database come first; what the command says is last.
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), said: out.at(-1) ?? "", complaint: err.at(-1) ?? "" };
}

describe("parseApiKeyCreateArgs", () => {
  it.each([
    [
      ["--name", "CI", "--role", "editor"],
      { name: "CI", role: "EDITOR", expiresAt: undefined, owner: undefined, json: false },
    ],
    [
      ["--name=Reader", "--role=Viewer", "--json"],
      { name: "Reader", role: "VIEWER", expiresAt: undefined, owner: undefined, json: true },
    ],
    [
      ["--name", " Nightly ", "--expires", "2027-01-01", "--owner", "a@example.org"],
      { name: "Nightly", role: "EDITOR", expiresAt: "2027-01-01", owner: "a@example.org", json: false },
    ],
  ])("reads %j", (args, expected) => {
    expect(parseApiKeyCreateArgs(args)).toEqual(expected);
  });

  it.each([
    [["--role", "editor"], "--name is required"],
    [["--name", "X", "--role", "admin"], '--role must be editor or viewer, got "admin"'],
    [["--name", "X", "--colour", "red"], "Unknown option '--colour'"],
  ])("refuses %j with a one-line usage error pointing at the help", (args, message) => {
    expect(() => parseApiKeyCreateArgs(args)).toThrow(UsageError);
    expect(() => parseApiKeyCreateArgs(args)).toThrow(message);
    try {
      parseApiKeyCreateArgs(args);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
      expect((error as Error).message).toContain("pnpm hindsight apikey create --help");
    }
  });
});

describe("hindsight apikey create", () => {
  it("creates an editor key owned by the earliest admin, prints it once, and stores only its hash", async () => {
    const { code, stdout } = await run(["create", "--name", "Nightly import", "--role", "editor"]);
    expect(code).toBe(0);
    const key = stdout.split("\n").at(-1) ?? "";
    expect(key).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(stdout).toContain(`Created editor key "Nightly import" (${key.slice(0, 11)}), owned by Ada First`);
    expect(stdout).toContain("cannot be shown again");

    const row = await database.db.apiKey.findFirstOrThrow({ where: { name: "Nightly import" } });
    expect(row).toMatchObject({ role: "EDITOR", createdById: firstAdmin.userId, prefix: key.slice(0, 11) });
    expect(row.keyHash).toBe(createHash("sha256").update(key).digest("hex"));
    // The key works, as its owner with the editor role.
    expect(await actorFromApiKey(database.db, `Bearer ${key}`, now)).toMatchObject({
      actor: { userId: firstAdmin.userId, role: "EDITOR" },
    });
    const audit = await database.db.auditEvent.findFirst({ where: { entity: "apiKey", entityId: row.id } });
    expect(audit).toMatchObject({ action: "apiKey.create", actorId: null });
  });

  it("prints JSON with --json, with an expiry", async () => {
    const { code, stdout } = await run([
      "create",
      "--name",
      "CI",
      "--role",
      "viewer",
      "--expires",
      "2027-01-01",
      "--json",
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({
      name: "CI",
      role: "VIEWER",
      expiresAt: "2027-01-01T00:00:00.000Z",
      revokedAt: null,
      owner: { id: firstAdmin.userId },
    });
    expect(printed.key).toMatch(/^hs_/);
  });

  it.each([
    [
      ["create", "--name", "Late", "--expires", "2026-05-01"],
      "hindsight: expiresAt: Expiry date must be in the future; nothing was changed",
    ],
    [
      ["create", "--name", "Late", "--expires", "soon"],
      "hindsight: expiresAt: Expiry date must be a date (YYYY-MM-DD); nothing was changed",
    ],
    [
      ["create", "--name", "Mine", "--owner", "nobody@example.org"],
      "hindsight: No user with the email nobody@example.org; nothing was changed",
    ],
  ])("%j fails with exit 1 and one line on stderr, writing nothing", async (args, message) => {
    const before = await database.db.apiKey.count();
    const { code, complaint, stdout } = await run(args);
    expect(code).toBe(1);
    expect(complaint).toBe(message);
    expect(stdout).toBe("");
    expect(await database.db.apiKey.count()).toBe(before);
  });

  it("refuses an owner who is not an admin", async () => {
    const editor = await database.db.user.findFirstOrThrow({ where: { role: "EDITOR" } });
    const { code, complaint } = await run(["create", "--name", "Mine", "--owner", editor.email]);
    expect(code).toBe(1);
    expect(complaint).toBe(`hindsight: owner: ${editor.email} is not an admin; nothing was changed`);
  });
});

describe("hindsight apikey list and revoke", () => {
  it("lists keys as JSON without keys or hashes", async () => {
    const { code, stdout } = await run(["list", "--json"]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { apiKeys: Record<string, unknown>[] };
    expect(printed.apiKeys.map((key) => key.name)).toEqual(["CI", "Nightly import"]);
    expect(stdout).not.toMatch(/keyHash|"key"/);
  });

  it("revokes by prefix, says so, and says so again without changing anything the second time", async () => {
    const key = await database.db.apiKey.findFirstOrThrow({ where: { name: "Nightly import" } });
    const first = await run(["revoke", key.prefix]);
    expect(first).toMatchObject({
      code: 0,
      said: `Revoked key "Nightly import" (${key.prefix}): it is refused from now on.`,
    });
    const second = await run(["revoke", key.id]);
    expect(second).toMatchObject({
      code: 0,
      said: `Key "Nightly import" (${key.prefix}) was already revoked on 2026-06-01.`,
    });
    expect(await database.db.auditEvent.count({ where: { entityId: key.id, action: "apiKey.revoke" } })).toBe(1);
    const table = await run(["list"]);
    expect(table.stdout).toMatch(new RegExp(`${key.prefix}\\s+Nightly import\\s+editor\\s+revoked`));
  });

  it("answers an unknown key with exit 1 and one line", async () => {
    const { code, complaint } = await run(["revoke", "hs_unknown1"]);
    expect(code).toBe(1);
    expect(complaint).toBe('hindsight: No API key with the id or prefix "hs_unknown1"; nothing was changed');
  });

  it("prints a table, or how to create the first key", () => {
    const createdAt = new Date("2026-05-01T10:00:00Z");
    const key = {
      id: "k1",
      name: "CI",
      prefix: "hs_abcdefgh",
      role: "EDITOR" as const,
      createdAt,
      createdBy: { id: "u1", name: "Ada" },
      lastUsedAt: null,
      expiresAt: new Date("2026-05-31T00:00:00Z"),
      revokedAt: null,
    };
    expect(formatApiKeyTable([key], now)).toBe(
      [
        "prefix       name  role    status   created     last used  expires     owner",
        "hs_abcdefgh  CI    editor  expired  2026-05-01  -          2026-05-31  Ada",
      ].join("\n"),
    );
    expect(formatApiKeyTable([], now)).toContain("pnpm hindsight apikey create");
  });
});

describe("help and usage", () => {
  it.each([["--help"], ["create", "--help"], ["list", "-h"], ["revoke", "--help"]])(
    "prints help for %j and exits 0 without a database",
    async (...args) => {
      const out: string[] = [];
      vi.spyOn(console, "log").mockImplementation((line: unknown) => void out.push(String(line)));
      // No database: help must not need one.
      expect(await apiKeyCommand(readEnv({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" }), args)).toBe(0);
      expect(out.join("\n")).toMatch(/^usage: hindsight apikey/);
    },
  );

  it.each([
    [[], "apikey needs a command: create, list or revoke; see `pnpm hindsight apikey --help`"],
    [["rotate"], 'unknown apikey command "rotate"; see `pnpm hindsight apikey --help`'],
    [["revoke"], "apikey revoke needs the key's id or prefix; see `pnpm hindsight apikey revoke --help`"],
    [["revoke", "a", "b"], "apikey revoke takes one key at a time; see `pnpm hindsight apikey revoke --help`"],
  ])("refuses %j with a usage error (exit 2)", async (args, message) => {
    await expect(apiKeyCommand(env(), args)).rejects.toThrow(new UsageError(message));
  });
});
