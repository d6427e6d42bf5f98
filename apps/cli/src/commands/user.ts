import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createAuth, execute, operatorContext, useCases } from "@hindsight/api";
import { DomainError, isRole, newPassword, type Role, type UserSummary } from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { usingDatabase, withLedger, withServer } from "./db";
import { textTable } from "./text-table";

const ADD_USAGE =
  "usage: hindsight user add --email <email> --role <admin|editor|viewer> [--name <name>]   (password from a prompt, or the first line of stdin)";
const USAGE = `usage: hindsight user <add | list [--json]>\n${ADD_USAGE}`;

export const USER_HELP = `usage: hindsight user add --email <email> --role <admin|editor|viewer> [--name <name>]
       hindsight user list [--json]

  add    create a user who signs in with email and password; the password is asked twice
         (hidden), or read from the first line of stdin
  list   list users and their roles (--json for scripts)

examples:
  pnpm hindsight user add --email you@example.org --role admin
  printf '%s\n' "$PASSWORD" | pnpm hindsight user add --email ed@example.org --role editor --name "Ed Itor"
  pnpm -s hindsight user list --json`;

export interface UserAddOptions {
  email: string;
  role: Role;
  name: string;
}

/** Reads `--flag value` pairs; refuses unknown flags and flags without a value. */
function readFlags(args: string[], known: readonly string[], usage: string): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (!flag || !known.includes(flag)) throw new UsageError(`unknown option "${arg}"\n${usage}`);
    const value = inline ?? args[++index];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`${flag} needs a value\n${usage}`);
    }
    flags.set(flag, value);
  }
  return flags;
}

export function parseUserAddArgs(args: string[]): UserAddOptions {
  const flags = readFlags(args, ["--email", "--role", "--name"], ADD_USAGE);
  const email = flags.get("--email")?.trim();
  const role = flags.get("--role")?.trim().toUpperCase();
  if (!email) throw new UsageError(`--email is required\n${ADD_USAGE}`);
  if (!role) throw new UsageError(`--role is required\n${ADD_USAGE}`);
  if (!isRole(role)) throw new UsageError(`--role must be admin, editor or viewer, got "${flags.get("--role")}"`);
  // The name shown in the app; the part of the email before the @ until someone sets a better one.
  const name = flags.get("--name")?.trim() || email.split("@")[0] || email;
  return { email, role, name };
}

/** The first line of a stream (a pipe or a file), without its line ending. */
export async function readFirstLine(input: Readable): Promise<string | null> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  try {
    for await (const line of lines) return line;
    return null;
  } finally {
    lines.close();
  }
}

interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/** Asks for a secret without echoing it. Backspace edits; Ctrl-C and Ctrl-D abort. */
export function promptHidden(question: string, { input, output }: Terminal): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    const wasRaw = input.isRaw;
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    let typed = "";
    const finish = (error: Error | null) => {
      input.off("data", onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n") return finish(null);
        if (character === "\u0003" || character === "\u0004") return finish(new Error("cancelled"));
        if (character === "\u007f" || character === "\b") typed = [...typed].slice(0, -1).join("");
        else if (character >= " ") typed += character;
      }
    };
    input.on("data", onData);
  });
}

/**
 * The new user's password: typed twice at a terminal (hidden), else the first line of stdin, so
 * that scripts can pipe it in (`printf '%s\n' "$PASSWORD" | pnpm hindsight user add ...`).
 */
export async function readNewPassword(
  input: Readable & { isTTY?: boolean },
  output: Writable & { isTTY?: boolean },
): Promise<string> {
  let password: string | null;
  if (input.isTTY && output.isTTY) {
    const terminal = { input: input as NodeJS.ReadStream, output: output as NodeJS.WriteStream };
    password = await promptHidden("Password: ", terminal);
    checkPassword(password);
    const again = await promptHidden("Password again: ", terminal);
    if (again !== password) throw new UsageError("the two passwords differ; nothing was changed");
  } else {
    password = await readFirstLine(input);
    if (password === null || password === "") {
      throw new UsageError("no password: type it at the prompt, or give it as the first line of stdin");
    }
  }
  checkPassword(password);
  return password;
}

function checkPassword(password: string): void {
  const result = newPassword.safeParse(password);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? "the password is not valid");
}

/** Creates the user through the auth library, which hashes the password. */
export async function addUser(
  databaseUrl: string,
  options: UserAddOptions & { password: string; authSecret?: string },
): Promise<UserSummary> {
  return await usingDatabase(databaseUrl, async (db) => {
    // Creating a user signs nothing: any secret will do when none is configured.
    const auth = createAuth({
      db,
      baseURL: "http://localhost",
      secret: options.authSecret ?? randomBytes(32).toString("hex"),
    });
    return await execute(useCases.user.create, operatorContext(db, { auth }), {
      email: options.email,
      name: options.name,
      password: options.password,
      role: options.role,
    });
  });
}

export function formatUserTable(users: UserSummary[]): string {
  if (users.length === 0)
    return "No users yet. Create the first admin with: pnpm hindsight user add --email <e> --role admin";
  const rows = users.map((user) => [
    user.role.toLowerCase(),
    user.email,
    user.name,
    user.createdAt.toISOString().slice(0, 10),
  ]);
  const header = ["role", "email", "name", "added"];
  return textTable(header, rows);
}

export async function userCommand(
  env: CliEnv,
  args: string[],
  io: { input: Readable & { isTTY?: boolean }; output: Writable & { isTTY?: boolean } } = {
    input: process.stdin,
    output: process.stdout,
  },
): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "add": {
      const options = parseUserAddArgs(rest);
      // Asked before the database starts, so that its log does not interleave with the prompt.
      const password = await readNewPassword(io.input, io.output);
      return await withServer(
        env,
        async (databaseUrl) => {
          try {
            const user = await addUser(databaseUrl, { ...options, password, authSecret: env.authSecret });
            console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.name}). They can sign in now.`);
            return 0;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            const details = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
            console.error(`hindsight: ${details || error.message}; nothing was changed`);
            return 1;
          }
        },
        { migrate: true },
      );
    }
    case "list": {
      const flags = new Set(rest);
      for (const flag of flags) if (flag !== "--json") throw new UsageError(`unknown option "${flag}"\n${USAGE}`);
      const json = flags.has("--json");
      return await withLedger(
        env,
        async (db) => {
          const users = await useCases.user.list(operatorContext(db));
          console.log(json ? JSON.stringify({ users }, null, 2) : formatUserTable(users));
          return 0;
        },
        // JSON goes to stdout alone; the database's progress lines go to stderr.
        { json },
      );
    }
    default:
      throw new UsageError(
        `${sub ? `unknown user action "${sub}": use add or list` : "user needs an action: add or list"}\n${USAGE}`,
      );
  }
}
