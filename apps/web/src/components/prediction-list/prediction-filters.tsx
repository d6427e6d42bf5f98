"use client";

import { statusFilters } from "@hindsight/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, fieldAria } from "@/components/ui/field";
import { FilterStatus } from "@/components/ui/filter-status";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  dateRangeProblem,
  filtersToQueryString,
  hasFilters,
  statusFilterLabels,
  withFilter,
  type FilterKey,
  type ListFilters,
} from "@/lib/list-filters";
import { useTRPC } from "@/trpc/react";
import { facetsInputFor } from "./list-options";

const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The list's filters. Each menu applies at once; the search box on Enter; dates once complete.
 * The URL is the source of truth: `filters` comes from it, `onApply` navigates to a new one, and
 * what is typed here is kept while that navigation is under way.
 */
export function PredictionFilters({
  filters,
  onApply,
  pending,
}: {
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
  pending: boolean;
}) {
  const trpc = useTRPC();
  // Each menu's options with how many predictions the list would show with that option chosen and
  // the other filters as they are (the most active analysts only: with thousands, a menu of all of
  // them outweighs the list it filters). The previous counts stay while new ones load.
  const facets = useQuery(
    trpc.prediction.facets.queryOptions(facetsInputFor(filters), {
      staleTime: 60_000,
      placeholderData: keepPreviousData,
    }),
  );
  const analysts = facets.data?.analysts;
  const tags = facets.data?.tags;
  const outlets = facets.data?.outlets;
  const statusCounts = facets.data?.statuses;

  // The draft follows the URL when it changes from outside (back button, a tag link), but not when
  // the URL arrives at what was applied here: what was typed since then is kept.
  const [draft, setDraft] = useState(filters);
  const [seen, setSeen] = useState(() => filtersToQueryString(filters));
  const [applied, setApplied] = useState<string | null>(null);
  const current = filtersToQueryString(filters);
  if (seen !== current) {
    setSeen(current);
    if (current !== applied) setDraft(filters);
    setApplied(null);
  }
  const apply = (next: ListFilters) => {
    setApplied(filtersToQueryString(next));
    onApply(next);
  };
  const rangeProblem = dateRangeProblem(draft.madeFrom, draft.madeTo);

  const change = (key: FilterKey, value: string, { now = true } = {}) => {
    const next = withFilter(draft, key, value);
    setDraft(next);
    if (!now) return;
    if (key === "madeFrom" || key === "madeTo") {
      if (value && !isCalendarDate(value)) return;
      if (dateRangeProblem(next.madeFrom, next.madeTo)) return;
    }
    apply(next);
  };

  const select = (
    key: "analyst" | "tag" | "outlet" | "status",
    label: string,
    options: ReactNode,
    loading: boolean,
  ) => (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={`filter-${key}`} className="text-xs text-muted-foreground">
        {label}
      </Label>
      <Select id={`filter-${key}`} value={draft[key] ?? ""} onChange={(event) => change(key, event.target.value)}>
        <option value="">{loading ? "Loading…" : "Any"}</option>
        {options}
      </Select>
    </div>
  );

  // A value from the URL the menus do not offer (an analyst since renamed) stays visible and selected.
  const extra = (key: "analyst" | "tag" | "outlet", known: readonly string[]) =>
    draft[key] && !known.includes(draft[key]) ? <option value={draft[key]}>{draft[key]}</option> : null;

  return (
    <section
      aria-label="Filter predictions"
      className="mb-6 flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-xs"
    >
      <form
        role="search"
        aria-label="Search predictions"
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          apply(withFilter(draft, "q", draft.q));
        }}
      >
        <label htmlFor="filter-q" className="sr-only">
          Search claims and quotes
        </label>
        <div className="relative flex-1">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          />
          <Input
            id="filter-q"
            type="search"
            className="pl-9"
            placeholder={'Search claims and quotes: summit -NATO, "no deal"'}
            value={draft.q ?? ""}
            onChange={(event) => change("q", event.target.value, { now: false })}
            aria-describedby="filter-q-hint"
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
        <p id="filter-q-hint" className="sr-only">
          Press Enter to search. Quotes match a phrase, a minus sign excludes a word.
        </p>
      </form>

      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {select(
          "analyst",
          "Analyst",
          <>
            {extra("analyst", analysts?.map((analyst) => analyst.value) ?? [])}
            {analysts?.map((analyst) => (
              <option key={analyst.value} value={analyst.value}>
                {analyst.name} ({analyst.predictions})
              </option>
            ))}
          </>,
          facets.isPending,
        )}
        {select(
          "tag",
          "Tag",
          <>
            {extra("tag", tags?.map((tag) => tag.value) ?? [])}
            {tags?.map((tag) => (
              <option key={tag.value} value={tag.value}>
                {tag.name} ({tag.predictions})
              </option>
            ))}
          </>,
          facets.isPending,
        )}
        {select(
          "outlet",
          "Outlet",
          <>
            {extra("outlet", outlets?.map((outlet) => outlet.value) ?? [])}
            {outlets?.map((outlet) => (
              <option key={outlet.value.toLowerCase()} value={outlet.value}>
                {outlet.name} ({outlet.predictions})
              </option>
            ))}
          </>,
          facets.isPending,
        )}
        {select(
          "status",
          "Status",
          statusFilters.map((status) => (
            <option key={status} value={status}>
              {statusFilterLabels[status]}
              {statusCounts ? ` (${statusCounts[status]})` : ""}
            </option>
          )),
          false,
        )}
        {(["madeFrom", "madeTo"] as const).map((key) => (
          <div key={key} className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`filter-${key}`} className="text-xs text-muted-foreground">
              {key === "madeFrom" ? "Made from" : "Made to"}
            </Label>
            <Input
              {...fieldAria(`filter-${key}`, { error: key === "madeTo" ? (rangeProblem ?? undefined) : undefined })}
              type="date"
              value={draft[key] ?? ""}
              onChange={(event) => change(key, event.target.value)}
            />
          </div>
        ))}
      </div>

      <FilterStatus
        show={Boolean(rangeProblem) || pending || hasFilters(filters) || hasFilters(draft)}
        problems={rangeProblem ? <FieldError id="filter-madeTo">{rangeProblem}</FieldError> : null}
        pending={pending}
        onClear={() => {
          setDraft({});
          apply({});
        }}
      />
    </section>
  );
}
