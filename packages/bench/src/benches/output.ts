import { parseArgs } from "node:util";
import {
  DEFAULT_MIN_SCORED,
  contractScoreboard,
  fairFigures,
  scoreboardFromSums,
  scoreboardLinesPage,
  scoreboardRecord,
  sortScoreboard,
  sumsByAnalyst,
  toFairRow,
  type DetailedScoreboard,
  type Outcome,
  type ScoreboardRow,
} from "@hindsight/domain";
import { medianTime, ms, progress, table } from "../harness";

export const describe =
  "the cost of tRPC output validation (the domain's output schemas' parse) on a scoreboard of 10,000 analysts: the answer built without vs with the parse";

/** A deterministic hash of a row number, as the scoreboard bench seeds its ledger (no Math.random: every run is the same). */
const hash = (i: number): number => Math.abs(Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ (i >>> 13)) >>> 0;

const OUTCOMES: (Outcome | null)[] = [null, null, null, "TRUE", "TRUE", "FALSE", "FALSE", "PARTIAL", "AMBIGUOUS"];

/**
 * A computed scoreboard of `analysts` analysts with `perAnalyst` predictions each, through the same
 * domain arithmetic as the server's (sums, hedge readings, the fair figures): every line carries
 * numbers and nulls as real ones do. A third of the predictions are hedged, every other one linked
 * to one of `analysts * 2` questions with a reference forecast, so the fair figures are filled in.
 */
function computedBoard(analysts: number, perAnalyst: number): DetailedScoreboard {
  const rows: ScoreboardRow[] = [];
  for (let i = 0; i < analysts * perAnalyst; i += 1) {
    const h = hash(i);
    const probability = (h % 101) / 100;
    const outcome = OUTCOMES[h % OUTCOMES.length]!;
    const hedged = i % 3 === 0;
    rows.push({
      analyst: { slug: `analyst-${i % analysts}`, name: `Analyst ${String(i % analysts).padStart(5, "0")}` },
      probability,
      outcome,
      credit: outcome === "PARTIAL" ? (h % 5) / 4 : null,
      key: `p${i}`,
      madeAt: new Date(Date.UTC(2019, 0, 1 + (h % 2800))),
      question: i % 2 === 0 ? `q${h % (analysts * 2)}` : null,
      negated: i % 10 === 0,
      reference: i % 2 === 0 ? ((h >>> 8) % 99) / 100 + 0.005 : null,
      ...(hedged ? { low: Math.max(0, probability - 0.15), high: Math.min(1, probability + 0.15) } : {}),
    });
  }
  return scoreboardFromSums(sumsByAnalyst(rows), { minScored: DEFAULT_MIN_SCORED }, fairFigures(rows.map(toFairRow)));
}

/** scoreboard.page's answer for the first `limit` lines, as `use-cases/scoreboard/page.ts` builds it. */
function pageAnswer(board: DetailedScoreboard, lines: DetailedScoreboard["analysts"], limit: number) {
  return {
    population: board.population,
    ranked: board.analysts.filter((line) => line.rank !== null).length,
    total: lines.length,
    items: lines.slice(0, limit).map((line) => ({
      ...line,
      section: line.rank === null ? ("unranked" as const) : ("ranked" as const),
    })),
    nextCursor: limit < lines.length ? limit : null,
  };
}

const ratio = (withParse: number, without: number): string => `${(withParse / without).toFixed(2)}x`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      analysts: { type: "string", default: "10000" },
      runs: { type: "string", default: "51" },
    },
  });
  const analysts = Number(values.analysts);
  const runs = Number(values.runs);
  if (!Number.isInteger(analysts) || analysts < 1) throw new Error("--analysts must be a positive whole number");
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");

  progress(`computing a scoreboard of ${analysts.toLocaleString("en")} analysts (10 predictions each)`);
  const board = computedBoard(analysts, 10);
  const sorted = sortScoreboard(board.analysts, "rank", "asc");

  // What scoreboard.get's procedure does once the board is cached (use-cases/scoreboard/get.ts), and
  // what tRPC's output middleware adds to it: parseAsync of the declared output schema.
  const build = async () => contractScoreboard(board);
  const buildAndParse = async () => scoreboardRecord.parseAsync(contractScoreboard(board));
  // zod compiles a fast path for objects that only its synchronous parse takes (parseAsync, which
  // tRPC calls on a zod schema, walks the schema instead).
  const buildAndParseSync = async () => scoreboardRecord.parse(contractScoreboard(board));
  // For scale: what the HTTP answer costs to write in any case (the REST handler's JSON).
  const serialise = async () => JSON.stringify(contractScoreboard(board));
  const page = async () => pageAnswer(board, sorted, 50);
  const pageAndParse = async () => scoreboardLinesPage.parseAsync(pageAnswer(board, sorted, 50));

  const parsed = await buildAndParse();
  if (JSON.stringify(parsed) !== JSON.stringify(await build())) {
    throw new Error("the parsed scoreboard differs from the one built: the output schema drops or reorders a field");
  }
  const firstParsed = await pageAndParse();
  if (JSON.stringify(firstParsed) !== JSON.stringify(await page())) {
    throw new Error("the parsed page differs from the one built: the output schema drops or reorders a field");
  }

  progress(`timing (median of ${runs} after warm-up)`);
  const get = { without: await medianTime(build, runs, 10), with: await medianTime(buildAndParse, runs, 10) };
  const getSync = await medianTime(buildAndParseSync, runs, 10);
  const json = await medianTime(serialise, runs, 10);
  const firstPage = { without: await medianTime(page, runs, 10), with: await medianTime(pageAndParse, runs, 10) };

  console.log(`\nOutput validation, ${board.analysts.length.toLocaleString("en")} analysts on the scoreboard\n`);
  console.log(
    table(
      ["answer", "built", "built + parse", "parse alone", "with / without", "JSON.stringify of it"],
      [
        [
          "scoreboard.get (whole board)",
          ms(get.without),
          ms(get.with),
          ms(get.with - get.without),
          ratio(get.with, get.without),
          ms(json),
        ],
        [
          "scoreboard.get, synchronous parse",
          ms(get.without),
          ms(getSync),
          ms(getSync - get.without),
          ratio(getSync, get.without),
          ms(json),
        ],
        [
          "scoreboard.page (50 lines)",
          ms(firstPage.without),
          ms(firstPage.with),
          ms(firstPage.with - firstPage.without),
          ratio(firstPage.with, firstPage.without),
          "-",
        ],
      ],
    ),
  );
}
