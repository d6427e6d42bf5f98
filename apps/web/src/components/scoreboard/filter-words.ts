import { monthLabel } from "@/components/charts/months";
import type { ScoreboardFilters } from "@/lib/scoreboard-filters";

/** The display names of the filter's tag and outlet, when the menus know them (else the URL's value is shown). */
export interface FilterNames {
  tag?: string | undefined;
  outlet?: string | undefined;
}

/** The period in words: "made in 2025", "made in Mar 2025", "made from Jan 2025 to Jun 2025", "made in or after Jan 2025". */
function periodWords(from: string | undefined, to: string | undefined): string | null {
  if (from && to) {
    if (from === to) return `made in ${monthLabel(from)}`;
    const year = from.slice(0, 4);
    if (from === `${year}-01` && to === `${year}-12`) return `made in ${year}`;
    return `made from ${monthLabel(from)} to ${monthLabel(to)}`;
  }
  if (from) return `made in or after ${monthLabel(from)}`;
  if (to) return `made in or before ${monthLabel(to)}`;
  return null;
}

/**
 * What narrows the scoreboard, in words that follow "predictions": "tagged “Korea”, from Reuters
 * and made in 2025". Null when nothing narrows it (the minimum to be ranked and the order do not:
 * they change who is ranked and how the table reads, not which predictions count).
 */
export function scoreboardFilterWords(filters: ScoreboardFilters, names: FilterNames = {}): string | null {
  const parts: string[] = [];
  if (filters.tag) parts.push(`tagged “${names.tag ?? filters.tag}”`);
  if (filters.outlet) parts.push(`from ${names.outlet ?? filters.outlet}`);
  const period = periodWords(filters.from, filters.to);
  if (period) parts.push(period);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)!}`;
}
