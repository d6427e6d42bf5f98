#!/usr/bin/env -S npx tsx
import { apiKeyCommand } from "./commands/api-key";
import { DB_HELP, dbCommand } from "./commands/db";
import { DEMO_HELP, demoCommand } from "./commands/demo";
import { digestCommand } from "./commands/digest";
import { exportCommand } from "./commands/export";
import { extractCommand } from "./commands/extract";
import { importCommand } from "./commands/import";
import { scoreboardCommand } from "./commands/scoreboard";
import { scoresCommand } from "./commands/scores";
import { serve, SERVE_HELP } from "./commands/serve";
import { USER_HELP, userCommand } from "./commands/user";
import { WORKER_HELP, workerCommand } from "./commands/worker";
import { invocationDirectory, readEnv, UsageError } from "./env";
import { nodeVersionProblem } from "./node-version";

const HELP = `hindsight: the Hindsight command line

Usage: pnpm hindsight <command> [options]

Commands:
  start                       run Hindsight: the production build (made first when missing or
                              stale) on the embedded database unless DATABASE_URL is set
  dev                         like start, with the development server (for changing the code)
  worker                      run the job worker alone (webhooks...); start and dev run one already
                              unless HINDSIGHT_WORKER=off (docs/scaling.md)
  db migrate                  apply pending migrations
  db migrate-dev --name <n>   create a migration from a schema change and apply it
  db status                   list applied and pending migrations
  db reset [--force]          drop everything, re-apply migrations, load the demo data
  db seed                     load the demo data (idempotent): the corpus and the sample newsroom
  demo remove-sample [--json] remove the fictional sample newsroom and all that hangs off it
  demo add-sample [--json]    load the fictional sample newsroom again (see docs/demo-data.md)
  user add --email <e> --role <admin|editor|viewer> [--name <n>]
                              create a user who signs in with email and password; the password
                              is asked twice (hidden), or read from the first line of stdin
  user list [--json]          list users and their roles
  apikey create --name <n> [--role editor|viewer] [--expires <YYYY-MM-DD>]
                              create a key for the REST API (/api/v1); it is printed once
  apikey list [--json]        list API keys (never the keys themselves)
  apikey revoke <id|prefix>   refuse a key from now on
  scoreboard [--json] [--tag <tag>] [--outlet <o>] [--from <YYYY-MM>] [--to <YYYY-MM>] [--min-scored <n>]
                              analysts ranked by adjusted Brier score (see docs/design.md "Scoring");
                              fewer than n scored predictions (default 5) are listed unranked
  import <file> [--format json|csv]
                              import a ledger file (hindsight/v1 JSON or CSV, docs/ledger-format.md):
                              all or nothing, every problem listed; the same file again changes nothing
  export [--out <file>] [--format json|csv]
                              the whole ledger, in a stable order (stdout unless --out)
  scores check [--json] [--repair]
                              recompute the per-analyst score aggregates from the raw rows and
                              report any difference (exit 1 when one differs)
  digest [--dry-run] [--user <email>] [--json]
                              send the email digests due now (needs SMTP_URL); --dry-run prints
                              what would be sent (docs/notifications.md)
  extract <file> [--published <YYYY-MM-DD>] [--json]
                              candidate predictions in an article (text or HTML): quote, speaker,
                              hedge and probability, condition, deadline; needs no database

Examples:
  pnpm hindsight db status
  pnpm hindsight scoreboard --tag russia --min-scored 3
  pnpm hindsight scores check
  pnpm hindsight demo remove-sample
  pnpm hindsight import ledger.csv
  pnpm hindsight export --out ledger.json
  pnpm hindsight extract article.txt --published 2025-04-25
  pnpm hindsight digest --dry-run --user vera@example.org
  pnpm hindsight user add --email you@example.org --role admin
  pnpm hindsight apikey create --name "Nightly import" --role editor
  printf '%s\n' "$PASSWORD" | pnpm hindsight user add --email ed@example.org --role editor --name "Ed Itor"
  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hindsight pnpm hindsight db migrate

Exit codes: 0 success, 1 failure, 2 usage error.`;

/** Help for the commands that do not read --help themselves. */
const COMMAND_HELP: Record<string, string> = {
  ...SERVE_HELP,
  db: DB_HELP,
  demo: DEMO_HELP,
  user: USER_HELP,
  worker: WORKER_HELP,
};

const wantsHelp = (args: readonly string[]) => args.includes("--help") || args.includes("-h");

async function main(argv: string[]): Promise<number> {
  const nodeProblem = nodeVersionProblem(process.versions.node);
  if (nodeProblem) {
    console.error(nodeProblem);
    return 1;
  }
  const [command, ...rest] = argv;
  // Relative file names mean the caller's directory, not the repository root pnpm runs us from.
  const callerDirectory = invocationDirectory();
  if (callerDirectory) process.chdir(callerDirectory);
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const help = COMMAND_HELP[command];
  if (help && wantsHelp(rest)) {
    console.log(help);
    return 0;
  }
  // Needs no database, so the database settings are not checked.
  if (command === "extract") return await extractCommand(rest);
  const env = readEnv();
  switch (command) {
    case "dev":
    case "start":
      if (rest.length) throw new UsageError(`${command} takes no arguments, got "${rest.join(" ")}"`);
      return await serve(env, command);
    case "db":
      return await dbCommand(env, rest);
    case "demo":
      return await demoCommand(env, rest);
    case "user":
      return await userCommand(env, rest);
    case "apikey":
      return await apiKeyCommand(env, rest);
    case "scoreboard":
      return await scoreboardCommand(env, rest);
    case "scores":
      return await scoresCommand(env, rest);
    case "import":
      return await importCommand(env, rest);
    case "export":
      return await exportCommand(env, rest);
    case "worker":
      return await workerCommand(env, rest);
    case "digest":
      return await digestCommand(env, rest);
    default:
      throw new UsageError(`unknown command "${command}"; see \`pnpm hindsight --help\``);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      // One line: the problem, and where the usage is.
      const [problem] = error.message.split("\n");
      const command = process.argv[2];
      const where = command && !problem?.includes("--help") ? `; see \`pnpm hindsight ${command} --help\`` : "";
      console.error(`hindsight: ${problem}${where}`);
      process.exit(2);
    }
    console.error(`hindsight: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
