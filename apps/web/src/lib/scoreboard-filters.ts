import { DEFAULT_MIN_SCORED, SCOREBOARD_SORTS, type ScoreboardSort, type SortDirection } from "@hindsight/domain";
import type { SearchParamsRecord } from "./list-filters";

/**
 * The scoreboard's filters and order as they live in the URL query string
 * (`/scoreboard?tag=russia&from=2025-01&to=2025-12&minScored=3&sort=hitRate&dir=desc`), so that a
 * scoreboard can be shared and the back button returns to the previous one. Defaults (5 scored to
 * be ranked, by rank, ascending) are left out of the URL.
 */
export interface ScoreboardFilters {
  tag?: string;
  /** An outlet's key from scoreboard.filters. */
  outlet?: string;
  /** First month of the period, YYYY-MM, included. */
  from?: string;
  /** Last month of the period, YYYY-MM, included. */
  to?: string;
  minScored?: number;
  sort?: ScoreboardSort;
  dir?: SortDirection;
}

export { DEFAULT_MIN_SCORED };
/** The most the API accepts for minScored. */
export const MAX_MIN_SCORED = 1_000_000;

/** In the order they appear in a URL. */
const keys = [
  "tag",
  "outlet",
  "from",
  "to",
  "minScored",
  "sort",
  "dir",
] as const satisfies readonly (keyof ScoreboardFilters)[];

/** The order a column is first sorted in when its header is clicked: best first. */
export const firstDirection: Record<ScoreboardSort, SortDirection> = {
  rank: "asc",
  name: "asc",
  scored: "desc",
  brier: "asc",
  logLoss: "asc",
  hitRate: "desc",
  adjustedBrier: "asc",
  refSkill: "desc",
  relBrier: "asc",
  rankLow: "asc",
  rankHigh: "asc",
};

const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
const isSort = (value: string): value is ScoreboardSort => (SCOREBOARD_SORTS as readonly string[]).includes(value);

/** A whole number from 0 to MAX_MIN_SCORED typed as text, or null. */
export function parseMinScored(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= MAX_MIN_SCORED ? value : null;
}

/**
 * Reads the filters from a query string. What the API would refuse (a month that is not YYYY-MM, a
 * period that ends before it starts, an unknown column, a negative minimum) is dropped rather than
 * turned into an error page, as on the predictions list.
 */
export function scoreboardFiltersFromSearchParams(params: URLSearchParams | SearchParamsRecord): ScoreboardFilters {
  const read = (key: (typeof keys)[number]): string | undefined => {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().replace(/\s+/g, " ");
    return value ? value : undefined;
  };
  const filters: ScoreboardFilters = {};
  const tag = read("tag");
  if (tag && tag.length <= 80) filters.tag = tag;
  const outlet = read("outlet");
  if (outlet && outlet.length <= 200) filters.outlet = outlet;
  for (const key of ["from", "to"] as const) {
    const value = read(key);
    if (value && isMonth(value)) filters[key] = value;
  }
  if (filters.from && filters.to && filters.to < filters.from) delete filters.to;
  const minScored = parseMinScored(read("minScored") ?? "");
  if (minScored !== null && minScored !== DEFAULT_MIN_SCORED) filters.minScored = minScored;
  const sort = read("sort");
  if (sort && isSort(sort) && sort !== "rank") filters.sort = sort;
  // Ascending unless the URL says otherwise, as the API does.
  if (read("dir") === "desc") filters.dir = "desc";
  return filters;
}

/** The query string for these filters, keys in a fixed order, defaults left out: "" when there are none. */
export function scoreboardQueryString(filters: ScoreboardFilters): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value === undefined || value === "") continue;
    if (key === "minScored" && value === DEFAULT_MIN_SCORED) continue;
    if (key === "sort" && value === "rank") continue;
    if (key === "dir" && value === "asc") continue;
    params.set(key, String(value).trim());
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Whether anything narrows the scoreboard (the order does not). */
export function hasScoreboardFilters(filters: ScoreboardFilters): boolean {
  return Boolean(
    filters.tag ||
    filters.outlet ||
    filters.from ||
    filters.to ||
    (filters.minScored !== undefined && filters.minScored !== DEFAULT_MIN_SCORED),
  );
}

/** Only the order of these filters: what "Clear filters" keeps. */
export const orderOf = (filters: ScoreboardFilters): ScoreboardFilters => ({
  ...(filters.sort ? { sort: filters.sort } : {}),
  ...(filters.dir ? { dir: filters.dir } : {}),
});

/** The column sorted by and its direction, with the defaults filled in. */
export function currentOrder(filters: ScoreboardFilters): { sort: ScoreboardSort; dir: SortDirection } {
  return { sort: filters.sort ?? "rank", dir: filters.dir ?? "asc" };
}

/**
 * The filters after a click on a column's header: the sorted column flips its direction; another
 * column is sorted best first (lowest Brier, highest hit rate...).
 */
export function withSort(filters: ScoreboardFilters, column: ScoreboardSort): ScoreboardFilters {
  const { sort, dir } = currentOrder(filters);
  const nextDir = column === sort ? (dir === "asc" ? "desc" : "asc") : firstDirection[column];
  const next: ScoreboardFilters = { ...filters, sort: column, dir: nextDir };
  if (column === "rank") delete next.sort;
  if (nextDir === "asc") delete next.dir;
  return next;
}

/** The period as a quick choice: "all" (no period), a whole calendar year, or "custom". */
export function periodChoice(filters: ScoreboardFilters): string {
  if (!filters.from && !filters.to) return "all";
  const year = filters.from?.slice(0, 4);
  if (year && filters.from === `${year}-01` && filters.to === `${year}-12`) return year;
  return "custom";
}

/** The filters with the period set to a quick choice: "all" clears it, "2025" is January to December. */
export function withPeriod(filters: ScoreboardFilters, choice: string): ScoreboardFilters {
  const next: ScoreboardFilters = { ...filters };
  delete next.from;
  delete next.to;
  if (/^\d{4}$/.test(choice)) {
    next.from = `${choice}-01`;
    next.to = `${choice}-12`;
  }
  return next;
}

/** A period that ends before it starts, said in words, or null when the period is fine. */
export function periodProblem(from: string | undefined, to: string | undefined): string | null {
  return from && to && to < from ? "“To” must be the same month as “From” or later" : null;
}
