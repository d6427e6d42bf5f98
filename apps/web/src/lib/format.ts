import type { Outcome } from "@hindsight/domain";

/**
 * Formatting shared by the server-rendered list and the client form. Pure and locale-pinned so that
 * the server and the browser print the same text (no hydration mismatches).
 */

/** 0.7 -> "70%", 0.705 -> "70.5%"; at most one decimal, no trailing ".0". */
export function formatPercent(probability: number): string {
  const tenths = Math.round(probability * 1000);
  return `${tenths / 10}%`;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * Calendar dates are stored as UTC midnight ("2025-04-25" -> 2025-04-25T00:00:00Z), so they are
 * printed in UTC: in any other zone west of Greenwich they would show the day before.
 */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

/** YYYY-MM-DD in the given date's local calendar, the format of <input type="date">. */
export function toDateInputValue(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, "0");
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/**
 * "Russia, diplomacy,, Ukraine " -> ["Russia", "diplomacy", "Ukraine"]: comma-separated tags, trimmed,
 * blanks dropped, repeats (ignoring case) kept once in first-typed order.
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(",")) {
    const tag = part.trim().replace(/\s+/g, " ");
    const folded = tag.toLowerCase();
    if (tag === "" || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return tags;
}

export const outcomeLabels: Record<Outcome, string> = {
  TRUE: "True",
  FALSE: "False",
  PARTIAL: "Partly true",
  AMBIGUOUS: "Ambiguous",
  ANNULLED: "Annulled",
};

/** "Open" until a judgement exists, then the outcome's label. */
export function statusLabel(outcome: Outcome | null): string {
  return outcome ? outcomeLabels[outcome] : "Open";
}

/** YYYY-MM-DD of a calendar date stored as UTC midnight (for date inputs showing a stored date). */
export function toUtcDateInputValue(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** A moment (when something was recorded), in UTC so that the server and the browser agree: "25 Apr 2025, 14:03 UTC". */
export function formatMoment(date: Date): string {
  return `${timeFormat.format(date)} UTC`;
}

/** [0.25, 0.5] -> "25–50%". */
export function formatInterval([low, high]: readonly [number, number]): string {
  return `${formatPercent(low).replace("%", "")}–${formatPercent(high)}`;
}
