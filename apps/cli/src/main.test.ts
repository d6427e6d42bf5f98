import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.join(here, "..", "node_modules", ".bin", "tsx");

/** Runs the real CLI entry point, as `pnpm hindsight ...` does, without a database. */
function hindsight(...args: string[]) {
  const result = spawnSync(tsx, [path.join(here, "main.ts"), ...args], {
    encoding: "utf8",
    // A database URL nobody answers on: none of these commands may get as far as using it.
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none" },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const commands = [
  "dev",
  "start",
  "db",
  "demo",
  "user",
  "apikey",
  "scoreboard",
  "scores",
  "import",
  "export",
  "extract",
];

describe("pnpm hindsight --help", () => {
  it("lists every command, with examples and the exit codes", () => {
    const { code, stdout } = hindsight("--help");
    expect(code).toBe(0);
    for (const command of commands) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("Exit codes: 0 success, 1 failure, 2 usage error.");
  });

  it("prints the same help and exits 2 when no command is given", () => {
    const { code, stdout } = hindsight();
    expect(code).toBe(2);
    expect(stdout).toContain("Commands:");
  });
});

describe.each(commands)("pnpm hindsight %s --help", (command) => {
  it("prints the command's usage with an example on stdout and exits 0", () => {
    const { code, stdout, stderr } = hindsight(command, "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^usage: hindsight ${command}\\b`));
    expect(stdout).toMatch(/example/i);
    expect(stderr).toBe("");
  });
});

describe("usage errors", () => {
  it.each([
    [["bogus"], 'hindsight: unknown command "bogus"; see `pnpm hindsight --help`'],
    [
      ["db"],
      "hindsight: db needs an action: migrate, migrate-dev, status, reset or seed; see `pnpm hindsight db --help`",
    ],
    [["demo"], "hindsight: demo needs an action: remove-sample or add-sample; see `pnpm hindsight demo --help`"],
    [["demo", "remove-sample", "--all"], "hindsight: Unknown option '--all'; see `pnpm hindsight demo --help`"],
    [["user", "remove"], 'hindsight: unknown user action "remove": use add or list; see `pnpm hindsight user --help`'],
    [["dev", "now"], 'hindsight: dev takes no arguments, got "now"; see `pnpm hindsight dev --help`'],
    [
      ["scoreboard", "--min-scored", "x"],
      'hindsight: --min-scored must be a whole number, got "x"; see `pnpm hindsight scoreboard --help`',
    ],
    [["scores"], "hindsight: scores needs an action; see `pnpm hindsight scores --help`"],
    [["extract"], "hindsight: extract needs a file; see `pnpm hindsight extract --help`"],
    [
      ["extract", "a.txt", "--published", "2025-02-30"],
      'hindsight: --published must be a date as YYYY-MM-DD, got "2025-02-30"; see `pnpm hindsight extract --help`',
    ],
  ])("%j: one line on stderr, exit 2, nothing on stdout", (args, line) => {
    const { code, stdout, stderr } = hindsight(...args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${line}\n`);
    expect(stdout).toBe("");
  });
});
