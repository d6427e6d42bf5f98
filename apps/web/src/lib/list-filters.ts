import { parseIsoDate, statusFilters, type StatusFilter } from "@hindsight/domain";

/**
 * The filters of the predictions list as they live in the URL query string
 * (`/?analyst=tereza-novotna&status=DUE&q=summit`), so that a filtered list can be shared and the
 * back button returns to the previous filters. Values are kept as typed in the URL: dates as
 * YYYY-MM-DD, the analyst as a slug.
 */
export interface ListFilters {
  analyst?: string;
  tag?: string;
  outlet?: string;
  status?: StatusFilter;
  madeFrom?: string;
  madeTo?: string;
  q?: string;
}

export type FilterKey = keyof ListFilters;

/** In the order they appear in a URL. */
export const filterKeys = [
  "q",
  "analyst",
  "tag",
  "outlet",
  "status",
  "madeFrom",
  "madeTo",
] as const satisfies readonly FilterKey[];

/** The longest value the API accepts for each text filter (listPredictionsInput). */
const maxLength: Record<Exclude<FilterKey, "status" | "madeFrom" | "madeTo">, number> = {
  analyst: 80,
  tag: 40,
  outlet: 200,
  q: 200,
};

export const statusFilterLabels: Record<StatusFilter, string> = {
  OPEN: "Open",
  DUE: "Due",
  JUDGED: "Judged",
  TRUE: "True",
  FALSE: "False",
  PARTIAL: "Partly true",
  AMBIGUOUS: "Ambiguous",
  ANNULLED: "Annulled",
};

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const isStatus = (value: string): value is StatusFilter => (statusFilters as readonly string[]).includes(value);
const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDate(value) !== null;

/**
 * Reads the filters from a query string. What the API would refuse (an unknown status, an
 * impossible date, a range that ends before it starts, an over-long value) is dropped rather than
 * turned into an error page: the list then shows what the rest of the filters select.
 */
export function filtersFromSearchParams(params: URLSearchParams | SearchParamsRecord): ListFilters {
  const read = (key: FilterKey): string | undefined => {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().replace(/\s+/g, " ");
    return value ? value : undefined;
  };
  const filters: ListFilters = {};
  for (const key of ["analyst", "tag", "outlet", "q"] as const) {
    const value = read(key);
    if (value && value.length <= maxLength[key]) filters[key] = value;
  }
  const status = read("status")?.toUpperCase();
  if (status && isStatus(status)) filters.status = status;
  for (const key of ["madeFrom", "madeTo"] as const) {
    const value = read(key);
    if (value && isCalendarDate(value)) filters[key] = value;
  }
  if (filters.madeFrom && filters.madeTo && filters.madeTo < filters.madeFrom) delete filters.madeTo;
  return filters;
}

/** The query string for these filters, keys in a fixed order, blanks left out: "" when there are none. */
export function filtersToQueryString(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function hasFilters(filters: ListFilters): boolean {
  return filterKeys.some((key) => Boolean(filters[key]));
}

/** The filters with one value set (or removed when blank). */
export function withFilter(filters: ListFilters, key: FilterKey, value: string | undefined): ListFilters {
  const next: ListFilters = { ...filters };
  const trimmed = value?.trim();
  if (trimmed) (next as Record<FilterKey, string>)[key] = trimmed;
  else delete next[key];
  return next;
}

/** A date range that ends before it starts, said in words, or null when the range is fine. */
export function dateRangeProblem(madeFrom: string | undefined, madeTo: string | undefined): string | null {
  return madeFrom && madeTo && madeTo < madeFrom ? "“To” must be on or after “From”" : null;
}
