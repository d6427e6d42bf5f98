import { parseArgs } from "node:util";
import { execute, operatorContext, useCases } from "@hindsight/api";
import { DEFAULT_MIN_SCORED, type Scoreboard, type ScoreboardAnalyst } from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";
import { textTableLines } from "./text-table";

export const SCOREBOARD_USAGE = `usage: hindsight scoreboard [--json] [--tag <tag>] [--outlet <outlet>] [--from <YYYY-MM>] [--to <YYYY-MM>] [--min-scored <n>]

  --json             print { population, analysts } as JSON (data contract v1.1)
  --tag <tag>        only predictions with this tag
  --outlet <outlet>  only predictions from sources of this outlet (any case)
  --from <YYYY-MM>   only predictions made in or after this month
  --to <YYYY-MM>     only predictions made in or before this month
  --min-scored <n>   scored predictions an analyst needs to be ranked (default ${DEFAULT_MIN_SCORED})

examples:
  pnpm hindsight scoreboard --tag russia --min-scored 3
  pnpm -s hindsight scoreboard --json --outlet "Asia Times" --from 2025-01 --to 2025-12`;

export interface ScoreboardOptions {
  json: boolean;
  tag: string | undefined;
  outlet?: string;
  from?: string;
  to?: string;
  minScored: number;
  help: boolean;
}

/** Years 1000 to 9999, as the API takes them (limits.ts): "0000-01" is no month PostgreSQL knows. */
const MONTH = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
/** The most scored predictions the API lets a ranking ask for. */
const MAX_MIN_SCORED = 1_000_000;

export function parseScoreboardArgs(args: string[]): ScoreboardOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: "boolean", default: false },
        tag: { type: "string" },
        outlet: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        "min-scored": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${SCOREBOARD_USAGE}`);
  }
  const minScoredText = values["min-scored"];
  if (minScoredText !== undefined && !/^\d+$/.test(minScoredText.trim())) {
    throw new UsageError(`--min-scored must be a whole number, got "${minScoredText}"\n${SCOREBOARD_USAGE}`);
  }
  if (minScoredText !== undefined && Number(minScoredText) > MAX_MIN_SCORED) {
    throw new UsageError(
      `--min-scored must be at most ${MAX_MIN_SCORED.toLocaleString("en")}, got ${minScoredText.trim().slice(0, 40)}\n${SCOREBOARD_USAGE}`,
    );
  }
  const tag = values.tag?.trim();
  if (values.tag !== undefined && !tag) throw new UsageError(`--tag needs a tag\n${SCOREBOARD_USAGE}`);
  const outlet = values.outlet?.trim();
  if (values.outlet !== undefined && !outlet) throw new UsageError(`--outlet needs an outlet\n${SCOREBOARD_USAGE}`);
  for (const option of ["from", "to"] as const) {
    const month = values[option];
    if (month !== undefined && !MONTH.test(month)) {
      throw new UsageError(
        `--${option} must be a month as YYYY-MM (years 1000 to 9999), got "${month.slice(0, 40)}"\n${SCOREBOARD_USAGE}`,
      );
    }
  }
  if (values.from && values.to && values.from > values.to) {
    throw new UsageError(`--from ${values.from} is after --to ${values.to}\n${SCOREBOARD_USAGE}`);
  }
  return {
    json: values.json,
    tag,
    ...(outlet ? { outlet } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    minScored: minScoredText === undefined ? DEFAULT_MIN_SCORED : Number(minScoredText),
    help: values.help,
  };
}

const score = (value: number | null) => (value === null ? "-" : value.toFixed(3));
/**
 * Shown instead of an analyst's figures when nothing of theirs is scored: the adjusted Brier would
 * otherwise print the population's, which reads like a score of their own.
 */
const NOT_AVAILABLE = "n/a";
/** A signed figure with its n: "+0.240 (4)", or "-" when undefined. */
const versus = (value: number | null, n: number) =>
  value === null ? "-" : `${value >= 0 ? "+" : ""}${value.toFixed(3)} (${n})`;
/** The ranks under the low and high hedge readings: "3", or "2-5" when they differ (marked: it depends on the reading). */
const hedgeRanks = (analyst: ScoreboardAnalyst) =>
  analyst.rankLow === null || analyst.rankHigh === null
    ? "-"
    : analyst.rankLow === analyst.rankHigh
      ? String(analyst.rankLow)
      : `${Math.min(analyst.rankLow, analyst.rankHigh)}-${Math.max(analyst.rankLow, analyst.rankHigh)} *`;

/** The scoreboard as an aligned table: ranked analysts first, then the unranked ones under their own line. */
export function formatScoreboard(board: Scoreboard, minScored: number): string {
  const header = [
    `Population brier ${score(board.population.brier)} over ${board.population.scored} scored prediction` +
      (board.population.scored === 1 ? "" : "s"),
  ];
  if (board.analysts.length === 0) return [...header, "No predictions match."].join("\n");
  const titles = [
    "rank",
    "analyst",
    "scored",
    "brier",
    "log loss",
    "hit rate",
    "adjusted",
    "vs ref",
    "vs peers",
    "hedge ranks",
  ];
  const cells = (analyst: ScoreboardAnalyst) => {
    const figure = (value: number | null) => (analyst.scored === 0 ? NOT_AVAILABLE : score(value));
    return [
      analyst.rank === null ? "-" : String(analyst.rank),
      analyst.name,
      String(analyst.scored),
      figure(analyst.brier),
      figure(analyst.logLoss),
      figure(analyst.hitRate),
      figure(analyst.adjustedBrier),
      versus(analyst.refSkill, analyst.refN),
      versus(analyst.relBrier, analyst.sharedN),
      hedgeRanks(analyst),
    ];
  };
  const rows = board.analysts.map(cells);
  // Names read left to right; numbers line up on the right.
  const { header: titleLine, line } = textTableLines(titles, rows, (column) => column !== 1);
  const ranked = board.analysts.filter((analyst) => analyst.rank !== null).map((analyst) => line(cells(analyst)));
  const unranked = board.analysts.filter((analyst) => analyst.rank === null).map((analyst) => line(cells(analyst)));
  const dependsOnHedges = board.analysts.some((analyst) => hedgeRanks(analyst).endsWith("*"));
  const nothingScored = board.analysts.some((analyst) => analyst.scored === 0);
  return [
    ...header,
    "",
    titleLine,
    ...ranked,
    ...(unranked.length ? [`unranked (fewer than ${minScored} scored)`, ...unranked] : []),
    "",
    "vs ref: refSkill against the reference forecast of the day (above 0 beats it), with how many had one;",
    "vs peers: relBrier against the others on the same questions (below 0 beats them), with how many questions;",
    "hedge ranks: the rank with hedge words read at their interval's low and high ends" +
      (dependsOnHedges ? " (* depends on the reading)." : "."),
    ...(nothingScored ? [`${NOT_AVAILABLE}: not available, nothing scored yet.`] : []),
  ].join("\n");
}

export async function scoreboardCommand(env: CliEnv, args: string[]): Promise<number> {
  const options = parseScoreboardArgs(args);
  if (options.help) {
    console.log(SCOREBOARD_USAGE);
    return 0;
  }
  return await withLedger(
    env,
    async (db) => {
      const board = await execute(useCases.scoreboard.get, operatorContext(db), {
        tag: options.tag,
        outlet: options.outlet,
        from: options.from,
        to: options.to,
        minScored: options.minScored,
      });
      console.log(options.json ? JSON.stringify(board, null, 2) : formatScoreboard(board, options.minScored));
      return 0;
    },
    // JSON goes to stdout alone; the database's progress lines go to stderr.
    { json: options.json },
  );
}
