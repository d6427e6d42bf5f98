/** Months as the API gives them, "YYYY-MM", and the sequences the charts and the period filter need. */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => monthPattern.test(value);

/** Months since year 0: "2025-01" -> 24300. Consecutive months differ by one, across years too. */
export function monthNumber(month: string): number {
  const match = monthPattern.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

const fromNumber = (number: number): string =>
  `${String(Math.floor(number / 12)).padStart(4, "0")}-${String((number % 12) + 1).padStart(2, "0")}`;

/** Every month from `first` to `last` inclusive: ("2024-11", "2025-02") -> 2024-11, 2024-12, 2025-01, 2025-02. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let number = monthNumber(first); number <= monthNumber(last); number++) months.push(fromNumber(number));
  return months;
}

/** The years a month range touches: ("2024-11", "2026-01") -> [2024, 2025, 2026]. */
export function yearsBetween(first: string, last: string): number[] {
  const years: number[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) years.push(year);
  return years;
}

const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2025-03" -> "Mar 2025"; anything else as it is. */
export function monthLabel(month: string): string {
  if (!isMonth(month)) return month;
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * Which months of a run get a labelled tick, at most `max` of them: every k-th month from the
 * first, k as small as fits. (12 months, 4) -> the 1st, 4th, 7th and 10th.
 */
export function monthTicks(months: readonly string[], max: number): string[] {
  if (months.length === 0 || max < 1) return [];
  const every = Math.ceil(months.length / max);
  return months.filter((_, index) => index % every === 0);
}
