import { PassThrough, Readable } from "node:stream";
import { createAuth } from "@hindsight/api";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv, UsageError } from "../env";
import { addUser, formatUserTable, parseUserAddArgs, readFirstLine, readNewPassword, userCommand } from "./user";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("hindsight_cli_user");
});
afterAll(async () => {
  await database.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** stdin as a pipe (not a terminal): what `printf '%s\n' "$PASSWORD" | hindsight user add ...` gives. */
const piped = (...chunks: string[]) => Readable.from(chunks);
const io = (...chunks: string[]) => ({ input: piped(...chunks), output: new PassThrough() });

describe("parseUserAddArgs", () => {
  it.each([
    [["--email", "ada@example.org", "--role", "admin"], { email: "ada@example.org", role: "ADMIN", name: "ada" }],
    [
      ["--role=Editor", "--email=ed@example.org", "--name", "Ed Itor"],
      { email: "ed@example.org", role: "EDITOR", name: "Ed Itor" },
    ],
    [
      ["--email", "v@example.org", "--role", "VIEWER", "--name", "  "],
      { email: "v@example.org", role: "VIEWER", name: "v" },
    ],
  ])("reads %j", (args, expected) => {
    expect(parseUserAddArgs(args)).toEqual(expected);
  });

  it.each([
    [["--role", "admin"], "--email is required"],
    [["--email", "a@example.org"], "--role is required"],
    [["--email", "a@example.org", "--role", "owner"], '--role must be admin, editor or viewer, got "owner"'],
    [["--email", "--role", "admin"], "--email needs a value"],
    [["--email", "a@example.org", "--role", "admin", "--password", "x"], 'unknown option "--password"'],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseUserAddArgs(args)).toThrow(UsageError);
    expect(() => parseUserAddArgs(args)).toThrow(message);
  });
});

describe("reading the password from stdin", () => {
  it("takes the first line, without its line ending, and keeps spaces inside it", async () => {
    expect(await readFirstLine(piped("correct horse ", "battery\r\n", "second line\n"))).toBe("correct horse battery");
    expect(await readFirstLine(piped("no newline at the end"))).toBe("no newline at the end");
    expect(await readFirstLine(piped())).toBeNull();
  });

  it.each([
    [[], "no password"],
    [["\n"], "no password"],
    [["short\n"], "Password must be at least 10 characters"],
  ])("refuses stdin %j with a usage error", async (chunks, message) => {
    const attempt = () => {
      const { input, output } = io(...chunks);
      return readNewPassword(input, output);
    };
    await expect(attempt()).rejects.toThrow(UsageError);
    await expect(attempt()).rejects.toThrow(message);
  });
});

describe("asking for the password at a terminal", () => {
  /** A fake terminal: the test types into `input` once the prompt in `output` asks. */
  function terminal() {
    const input = Object.assign(new PassThrough(), {
      isTTY: true,
      isRaw: false,
      setRawMode(raw: boolean) {
        input.isRaw = raw;
        return input;
      },
    });
    const output = Object.assign(new PassThrough(), { isTTY: true });
    let shown = "";
    output.on("data", (chunk: Buffer) => (shown += chunk.toString()));
    const whenAsked = async (prompt: string, count: number) => {
      while (shown.split(prompt).length - 1 < count) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    return { input, output, shown: () => shown, whenAsked };
  }

  it("asks twice without echoing, and lets backspace correct a typo", async () => {
    const tty = terminal();
    const password = readNewPassword(tty.input, tty.output);
    await tty.whenAsked("Password: ", 1);
    tty.input.write("secret passwordd\u007f\r");
    await tty.whenAsked("Password again: ", 1);
    tty.input.write("secret password\r");
    expect(await password).toBe("secret password");
    expect(tty.shown()).not.toContain("secret");
    expect(tty.input.isRaw).toBe(false);
  });

  it("refuses two different passwords", async () => {
    const tty = terminal();
    const password = readNewPassword(tty.input, tty.output);
    await tty.whenAsked("Password: ", 1);
    tty.input.write("secret password\r");
    await tty.whenAsked("Password again: ", 1);
    tty.input.write("secret passw0rd\r");
    await expect(password).rejects.toThrow("the two passwords differ");
  });
});

describe("hindsight user add", () => {
  const env = () => readEnv({ DATABASE_URL: database.url });

  it("creates the user with the password from stdin, hashed by the auth library", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const code = await userCommand(
      env(),
      ["add", "--email", "Ada@Example.org", "--role", "admin", "--name", "Ada Admin"],
      io("first admin password\n"),
    );
    expect(code).toBe(0);
    expect(log).toHaveBeenCalledWith("Created admin ada@example.org (Ada Admin). They can sign in now.");

    const user = await database.db.user.findUniqueOrThrow({
      where: { email: "ada@example.org" },
      select: { id: true, role: true, accounts: { select: { providerId: true, password: true } } },
    });
    expect(user.role).toBe("ADMIN");
    expect(user.accounts).toHaveLength(1);
    expect(user.accounts[0]?.providerId).toBe("credential");
    expect(user.accounts[0]?.password).not.toContain("first admin password");

    // The web app's auth instance (another secret) accepts the password.
    const auth = createAuth({
      db: database.db,
      baseURL: "http://localhost:3000",
      secret: "s".repeat(32) + "0123456789",
    });
    const signedIn = await auth.api.signInEmail({
      body: { email: "ada@example.org", password: "first admin password" },
    });
    expect(signedIn.user.id).toBe(user.id);
  });

  it("refuses a taken email, saying which field, and changes nothing", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await database.db.user.count();
    const code = await userCommand(
      env(),
      ["add", "--email", "ada@example.org", "--role", "viewer"],
      io("another password\n"),
    );
    expect(code).toBe(1);
    expect(error).toHaveBeenCalledWith("hindsight: email: A user with this email already exists; nothing was changed");
    expect(await database.db.user.count()).toBe(before);
  });

  it("refuses an invalid email before touching the database", async () => {
    await expect(
      addUser(database.url, { email: "not-an-email", role: "EDITOR", name: "X", password: "long enough password" }),
    ).rejects.toMatchObject({ code: "INVALID", issues: [{ path: "email" }] });
  });
});

describe("hindsight user list", () => {
  it("prints the users as JSON on stdout, and progress on stderr only", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await userCommand(readEnv({ DATABASE_URL: database.url }), ["list", "--json"], io())).toBe(0);
    expect(log).toHaveBeenCalledTimes(1);
    const printed = JSON.parse(String(log.mock.calls[0]?.[0])) as { users: { email: string; role: string }[] };
    expect(printed.users).toEqual([expect.objectContaining({ email: "ada@example.org", role: "ADMIN" })]);
  });

  it("prints a table, or how to create the first admin", () => {
    const createdAt = new Date("2026-11-22T10:00:00Z");
    expect(
      formatUserTable([
        { id: "1", email: "ada@example.org", name: "Ada Admin", role: "ADMIN", createdAt },
        { id: "2", email: "ed@example.org", name: "Ed", role: "EDITOR", createdAt },
      ]),
    ).toBe(
      [
        "role    email            name       added",
        "admin   ada@example.org  Ada Admin  2026-11-22",
        "editor  ed@example.org   Ed         2026-11-22",
      ].join("\n"),
    );
    expect(formatUserTable([])).toContain("pnpm hindsight user add --email <e> --role admin");
  });
});
