import { parseArgs } from "node:util";
import { operatorContext, useCases } from "@hindsight/api";
import type { ScoreCellCheck } from "@hindsight/db";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";

export const SCORES_USAGE = `usage: hindsight scores check [--json] [--repair]

  Recomputes the per-analyst score aggregates (table score_cell) from the raw prediction rows,
  independently of the database triggers that maintain them, and reports every cell that differs.
  Exit code 0 when all agree, 1 when any differs.

  --json     print { predictions, cells, differences: [{ analyst, grain, key, fields }] }
  --repair   after reporting differences, rebuild every cell from the raw rows and check again

examples:
  pnpm hindsight scores check
  pnpm -s hindsight scores check --json
  pnpm hindsight scores check --repair`;

export interface ScoresOptions {
  json: boolean;
  repair: boolean;
  help: boolean;
}

export function parseScoresArgs(args: string[]): ScoresOptions {
  const [action, ...rest] = args;
  if (action === "--help" || action === "-h") return { json: false, repair: false, help: true };
  if (action !== "check") {
    throw new UsageError(`${action ? `unknown scores action "${action}"` : "scores needs an action"}\n${SCORES_USAGE}`);
  }
  try {
    const { values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: "boolean", default: false },
        repair: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    return { json: values.json, repair: values.repair, help: values.help };
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${SCORES_USAGE}`);
  }
}

/** One line per differing cell, or the all-clear. */
export function formatCheck(check: ScoreCellCheck): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `Checked ${plural(check.cells, "aggregate cell")} against ${plural(check.predictions, "prediction")}: `;
  if (check.differences.length === 0) return `${summary}all agree.`;
  const cells = check.differences.length;
  return [
    `${summary}${cells} cell${cells === 1 ? " differs" : "s differ"}.`,
    ...check.differences.map(
      (difference) =>
        `  ${difference.analyst} ${difference.grain}${difference.key ? ` ${difference.key}` : ""}: ${difference.fields.join("; ")}`,
    ),
  ].join("\n");
}

export async function scoresCommand(env: CliEnv, args: string[]): Promise<number> {
  const options = parseScoresArgs(args);
  if (options.help) {
    console.log(SCORES_USAGE);
    return 0;
  }
  return await withLedger(
    env,
    async (db) => {
      const progress = (done: number, total: number) => {
        if (process.stderr.isTTY) process.stderr.write(`\r  read ${done} of ${total} predictions`);
      };
      const ctx = operatorContext(db);
      let check = await useCases.scoreCells.check(ctx, progress);
      if (process.stderr.isTTY) process.stderr.write("\n");
      const report = (result: ScoreCellCheck) =>
        options.json ? console.log(JSON.stringify(result, null, 2)) : console.log(formatCheck(result));
      report(check);
      if (options.repair && check.differences.length > 0) {
        const { cells } = await useCases.scoreCells.repair(ctx);
        console.error(`Rebuilt ${cells} cells from the raw rows; checking again.`);
        check = await useCases.scoreCells.check(ctx);
        report(check);
      }
      return check.differences.length === 0 ? 0 : 1;
    },
    { json: options.json },
  );
}
