import { parseArgs } from "node:util";
import { execute, operatorContext, parseInput, useCases } from "@hindsight/api";
import {
  apiKeyRoles,
  apiKeyStatus,
  DomainError,
  type ApiKeyRole,
  type ApiKeySummary,
  type CreatedApiKey,
  type UserSummary,
} from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { usingDatabase, withLedger, withServer } from "./db";
import { textTable } from "./text-table";

const CREATE_USAGE = `usage: hindsight apikey create --name <name> [--role editor|viewer] [--expires <YYYY-MM-DD>] [--owner <admin email>] [--json]

  --name <name>      what uses the key, e.g. "Nightly import"
  --role <role>      editor (log and judge through the REST API; the default) or viewer
  --expires <date>   refused from this day on (00:00 UTC); default: never
  --owner <email>    the admin the key belongs to (writes made with it are recorded as theirs);
                     default: the earliest admin
  --json             print { id, name, prefix, role, key, ... } as JSON

The key is printed once and never stored (only its sha256 is): copy it then.`;

const LIST_USAGE = `usage: hindsight apikey list [--json]

  --json   print { "apiKeys": [...] } as JSON (never the keys themselves)`;

const REVOKE_USAGE = `usage: hindsight apikey revoke <id | prefix>

  Refuses the key from now on. The prefix is the hs_... shown by \`apikey list\`.`;

export const APIKEY_USAGE = `usage: hindsight apikey <create | list | revoke> [options]

API keys let scripts use the REST API (/api/v1): reads are public, writes need an editor key sent as
\`Authorization: Bearer <key>\`.

${CREATE_USAGE}

${LIST_USAGE}

${REVOKE_USAGE}

Examples:
  pnpm hindsight apikey create --name "Nightly import" --role editor
  pnpm hindsight apikey create --name CI --expires 2027-01-01 --json
  pnpm hindsight apikey list
  pnpm hindsight apikey revoke hs_AbCd1234`;

/** Usage errors are one line on stderr, pointing at the help. */
const usageError = (message: string, helpFor: string) =>
  new UsageError(`${message}; see \`pnpm hindsight ${helpFor} --help\``);

/** Runs node's parseArgs, turning its complaints into usage errors. */
function parsed<T>(helpFor: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw usageError((error instanceof Error ? error.message : String(error)).replace(/\.$/, ""), helpFor);
  }
}

const help = { type: "boolean", short: "h", default: false } as const;

export interface ApiKeyCreateOptions {
  name: string;
  role: ApiKeyRole;
  expiresAt: string | undefined;
  owner: string | undefined;
  json: boolean;
}

export function parseApiKeyCreateArgs(args: string[]): ApiKeyCreateOptions | "help" {
  const { values } = parsed("apikey create", () =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: "string" },
        role: { type: "string" },
        expires: { type: "string" },
        owner: { type: "string" },
        json: { type: "boolean", default: false },
        help,
      },
    }),
  );
  if (values.help) return "help";
  const name = values.name?.trim() ?? "";
  if (!name) throw usageError("--name is required", "apikey create");
  const roleText = values.role ?? "editor";
  const role = roleText.trim().toUpperCase();
  if (!(apiKeyRoles as readonly string[]).includes(role)) {
    throw usageError(`--role must be editor or viewer, got "${roleText}"`, "apikey create");
  }
  return {
    name,
    role: role as ApiKeyRole,
    expiresAt: values.expires,
    owner: values.owner,
    json: values.json,
  };
}

/** Creates a key in the database at `databaseUrl`; audited with no actor (someone at the server). */
export async function createApiKeyFromCli(
  databaseUrl: string,
  options: Omit<ApiKeyCreateOptions, "json">,
  now = new Date(),
): Promise<{ created: CreatedApiKey; owner: UserSummary }> {
  return await usingDatabase(databaseUrl, async (db) => {
    const ctx = operatorContext(db, { now: () => now });
    const owner = await useCases.apiKey.owner(ctx, options.owner);
    const { create } = useCases.apiKey;
    const input = parseInput(create.input, { name: options.name, role: options.role, expiresAt: options.expiresAt });
    const created = await create.run(ctx, input, { ownerId: owner.id });
    return { created, owner };
  });
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "-");

export function formatApiKeyTable(keys: ApiKeySummary[], now: Date): string {
  if (keys.length === 0) {
    return 'No API keys yet. Create one with: pnpm hindsight apikey create --name "<what uses it>" --role editor';
  }
  const header = ["prefix", "name", "role", "status", "created", "last used", "expires", "owner"];
  const rows = keys.map((key) => [
    key.prefix,
    key.name,
    key.role.toLowerCase(),
    apiKeyStatus(key, now),
    day(key.createdAt),
    day(key.lastUsedAt),
    day(key.expiresAt),
    key.createdBy.name,
  ]);
  return textTable(header, rows);
}

/** A domain failure as one line on stderr, naming the field when there is one; exit code 1. */
function reportFailure(error: unknown): number {
  if (!(error instanceof DomainError)) throw error;
  const details = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  console.error(`hindsight: ${details || error.message}; nothing was changed`);
  return 1;
}

export async function apiKeyCommand(env: CliEnv, args: string[], now: () => Date = () => new Date()): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "--help":
    case "-h":
    case "help":
      console.log(APIKEY_USAGE);
      return 0;
    case "create": {
      const options = parseApiKeyCreateArgs(rest);
      if (options === "help") {
        console.log(CREATE_USAGE);
        return 0;
      }
      return await withServer(
        env,
        async (databaseUrl) => {
          try {
            const { created, owner } = await createApiKeyFromCli(databaseUrl, options, now());
            if (options.json) {
              console.log(JSON.stringify({ ...created, owner: { id: owner.id, email: owner.email } }, null, 2));
            } else {
              console.log(
                `Created ${created.role.toLowerCase()} key "${created.name}" (${created.prefix}), owned by ${owner.name} <${owner.email}>` +
                  (created.expiresAt ? `, expiring ${day(created.expiresAt)}` : "") +
                  ".\nCopy it now: only its hash is stored, so it cannot be shown again.\n\n" +
                  created.key,
              );
            }
            return 0;
          } catch (error) {
            return reportFailure(error);
          }
        },
        // The key (or the JSON) goes to stdout alone; the database's progress lines go to stderr.
        { migrate: true, log: (line) => console.error(line) },
      );
    }
    case "list": {
      const { values } = parsed("apikey list", () =>
        parseArgs({
          args: rest,
          strict: true,
          allowPositionals: false,
          options: { json: { type: "boolean", default: false }, help },
        }),
      );
      if (values.help) {
        console.log(LIST_USAGE);
        return 0;
      }
      return await withLedger(
        env,
        async (db) => {
          const keys = await useCases.apiKey.list(operatorContext(db));
          console.log(values.json ? JSON.stringify({ apiKeys: keys }, null, 2) : formatApiKeyTable(keys, now()));
          return 0;
        },
        { json: values.json },
      );
    }
    case "revoke": {
      const { values, positionals } = parsed("apikey revoke", () =>
        parseArgs({ args: rest, strict: true, allowPositionals: true, options: { help } }),
      );
      if (values.help) {
        console.log(REVOKE_USAGE);
        return 0;
      }
      const [target, ...extra] = positionals;
      if (!target?.trim()) throw usageError("apikey revoke needs the key's id or prefix", "apikey revoke");
      if (extra.length > 0) throw usageError("apikey revoke takes one key at a time", "apikey revoke");
      return await withLedger(env, async (db) => {
        try {
          const key = await execute(useCases.apiKey.revoke, operatorContext(db, { now }), { id: target });
          console.log(
            key.alreadyRevoked
              ? `Key "${key.name}" (${key.prefix}) was already revoked on ${day(key.revokedAt)}.`
              : `Revoked key "${key.name}" (${key.prefix}): it is refused from now on.`,
          );
          return 0;
        } catch (error) {
          return reportFailure(error);
        }
      });
    }
    default:
      throw usageError(
        sub ? `unknown apikey command "${sub}"` : "apikey needs a command: create, list or revoke",
        "apikey",
      );
  }
}
