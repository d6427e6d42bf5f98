import { formatPercent } from "./format";

/**
 * How scores are printed everywhere (scoreboard, analyst page): three decimals for Brier, log loss
 * and the like, a percentage for rates, and a dash where a score is undefined (nothing scored).
 */
export const NO_SCORE = "–";

/** 0.1234 -> "0.123"; -0.05 -> "−0.050" (a true minus sign); null -> "–". */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_SCORE;
  const text = Math.abs(value).toFixed(3);
  // -0.0004 prints as "0.000", not "−0.000".
  return value < 0 && text !== "0.000" ? `−${text}` : text;
}

/** [0.05, 0.21] -> "0.050–0.210"; null -> "–". */
export function formatScoreInterval(interval: readonly [number, number] | null | undefined): string {
  return interval ? `${formatScore(interval[0])}–${formatScore(interval[1])}` : NO_SCORE;
}

/** 0.6667 -> "66.7%"; null -> "–". */
export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_SCORE : formatPercent(value);
}

/** "1 analyst", "3 analysts". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
