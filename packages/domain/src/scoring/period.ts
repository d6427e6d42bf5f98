/**
 * Which aggregate cells cover a period of months: whole calendar years from the "year" cells, the
 * months at either end from the "month" cells. A period of ten years thus reads at most 10 year
 * cells and 22 month cells per analyst, instead of 120 month cells.
 */
export interface PeriodCells {
  /** Whole years, first and last included (YYYY), or null when the period holds none. */
  years: readonly [string, string] | null;
  /** Ranges of months, first and last included (YYYY-MM). */
  months: (readonly [string, string])[];
}

const pad = (year: number) => String(year).padStart(4, "0");
const month = (year: number, m: number) => `${pad(year)}-${String(m).padStart(2, "0")}`;

/** `from` and `to` are YYYY-MM, both included; a missing end leaves the period open on that side. */
export function periodCells(from = "0000-01", to = "9999-12"): PeriodCells {
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number];
  const firstWhole = fromMonth === 1 ? fromYear : fromYear + 1;
  const lastWhole = toMonth === 12 ? toYear : toYear - 1;
  if (firstWhole > lastWhole) {
    // No whole year inside: the months themselves (within one year, or across one new year).
    return from <= to ? { years: null, months: [[from, to]] } : { years: null, months: [] };
  }
  const months: (readonly [string, string])[] = [];
  if (fromMonth !== 1) months.push([from, month(fromYear, 12)]);
  if (toMonth !== 12) months.push([month(toYear, 1), to]);
  return { years: [pad(firstWhole), pad(lastWhole)], months };
}
