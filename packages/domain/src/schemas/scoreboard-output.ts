import { z } from "zod";
import { count } from "./output-fields";

/**
 * What reading the scoreboard answers, spelt once (docs/architecture.md, "Response shapes"): the
 * TypeScript types below are inferred from these schemas, the scoreboard's tRPC procedures declare
 * them as their outputs, and the REST API's OpenAPI document is generated from them.
 */

const score = z.number().nullable();
const rank = z.number().int().min(1).nullable();

/** One analyst's line of the scoreboard (data contract v1 and v1.1; docs/design.md): exactly these fields, in this order. */
export const scoreboardAnalyst = z.object({
  slug: z.string(),
  name: z.string(),
  predictions: count,
  resolved: count.describe("With any outcome, AMBIGUOUS and ANNULLED included"),
  scored: count.describe("TRUE, FALSE or PARTIAL: the ones that count for scores"),
  brier: score,
  logLoss: score,
  hitRate: score,
  adjustedBrier: score.describe("Brier shrunk towards the population's; the ranking key"),
  rank: rank.describe("1 = best; null below minScored"),
  refSkill: score.describe(
    "1 - Σ(p - o)² / Σ(r' - o)² against the reference forecast of the day (one vote per question); above 0 beats the reference",
  ),
  refN: count.describe("How many counted predictions had a reference"),
  relBrier: score.describe(
    "Mean over shared questions of the squared error minus the median of the other analysts'; below 0 beats peers",
  ),
  sharedN: count.describe("Questions shared with at least one other analyst"),
  brierLow: score.describe("Brier with every hedge-word probability read at its interval's low end"),
  brierHigh: score.describe("Brier with every hedge-word probability read at its interval's high end"),
  rankLow: rank.describe("Rank under the low reading; null when unranked"),
  rankHigh: rank.describe("Rank under the high reading; null when unranked"),
});
export type ScoreboardAnalyst = z.infer<typeof scoreboardAnalyst>;

/** The data-contract scoreboard (scoreboard.get, GET /scoreboard, `hindsight scoreboard --json`). */
export const scoreboardRecord = z
  .object({
    population: z.object({ scored: count, brier: score }),
    analysts: z.array(scoreboardAnalyst),
  })
  .describe(
    "Analysts ranked by adjusted Brier score, with the fair comparison (data contract v1.1; null where a score is undefined)",
  );
export type Scoreboard = z.infer<typeof scoreboardRecord>;

/** A line as the scoreboard page shows it: the contract's, with the brier's 95% interval. */
export const scoreboardLine = scoreboardAnalyst.extend({
  brierInterval: z.tuple([z.number(), z.number()]).readonly().nullable(),
});
export type ScoreboardLine = z.infer<typeof scoreboardLine>;

/**
 * One page of the scoreboard for the web (scoreboard.page): ranked analysts first, then the
 * unranked, each line marked with its section; the cursor is an offset into the sorted lines.
 */
export const scoreboardLinesPage = z.object({
  population: z.object({ scored: count, brier: score, analysts: count }),
  ranked: count,
  total: count,
  items: z.array(scoreboardLine.extend({ section: z.enum(["ranked", "unranked"]) })),
  nextCursor: count.nullable(),
});
export type ScoreboardLinesPage = z.infer<typeof scoreboardLinesPage>;
