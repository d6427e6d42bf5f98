import { formatScore, NO_SCORE } from "@/lib/score-format";

/**
 * How the fair comparison (docs/design.md, "Fair comparison (contract v1.1)") is printed on the
 * scoreboard and the analyst page: signed figures, the rank range under the two readings of hedge
 * words, and the sentences that say in words what an analyst's figures mean.
 */

/** 0.2115 -> "+0.212"; -0.05 -> "−0.050" (a true minus sign); 0 -> "0.000"; null -> "–". */
export function formatSignedScore(value: number | null | undefined): string {
  const text = formatScore(value);
  return text === NO_SCORE || text.startsWith("−") || text === "0.000" ? text : `+${text}`;
}

/** 1 -> "1st", 2 -> "2nd", 3 -> "3rd", 11 -> "11th", 22 -> "22nd", 113 -> "113th". */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${rank}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[rank % 10] ?? "th";
  return `${rank}${suffix}`;
}

/** An analyst's rank under the two readings of hedge words, as the scoreboard shows it. */
export interface RankRange {
  /** "2–3" (the better rank first) when the readings disagree, "2" when they agree, "–" when unranked. */
  text: string;
  /** Whether the rank depends on how hedge words are read. */
  moves: boolean;
  /** Which reading gives which rank, when they differ: "3 with hedge words read low, 2 read high". */
  readings: string | null;
}

/** What the flag on a rank that moves between the two readings says. */
export const HEDGE_FLAG = "depends on how hedge words are read";

/** The range of rankLow and rankHigh (null for an analyst who is not ranked). */
export function rankRange(rankLow: number | null, rankHigh: number | null): RankRange {
  if (rankLow === null || rankHigh === null) {
    const only = rankLow ?? rankHigh;
    return { text: only === null ? NO_SCORE : String(only), moves: false, readings: null };
  }
  if (rankLow === rankHigh) return { text: String(rankLow), moves: false, readings: null };
  return {
    text: `${Math.min(rankLow, rankHigh)}–${Math.max(rankLow, rankHigh)}`,
    moves: true,
    readings: `${rankLow} with hedge words read low, ${rankHigh} read high`,
  };
}
