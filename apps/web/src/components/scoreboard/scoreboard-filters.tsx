"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { yearsBetween } from "@/components/charts/months";
import { FilterStatus } from "@/components/ui/filter-status";
import { FieldError, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Segmented } from "@/components/ui/segmented";
import { Select } from "@/components/ui/select";
import {
  DEFAULT_MIN_SCORED,
  hasScoreboardFilters,
  orderOf,
  parseMinScored,
  periodChoice,
  periodProblem,
  scoreboardQueryString,
  withPeriod,
  type ScoreboardFilters,
} from "@/lib/scoreboard-filters";
import { useTRPC } from "@/trpc/react";
import { scoreboardFilterOptionsInput } from "./scoreboard-options";

const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
/** How long the minimum waits for more typing before it applies ("1" on the way to "12"). */
const MIN_SCORED_DELAY_MS = 600;

/**
 * The scoreboard's filters: tag, outlet, period (months, or a whole year at a click) and how many
 * scored predictions ranking needs. Menus and quick choices apply at once, months once complete,
 * the minimum when typing pauses (or on Enter, or on leaving the field). The URL is the source of
 * truth: `filters` comes from it, `onApply` navigates to a new one, and what is typed here is kept
 * while that navigation is under way.
 */
export function ScoreboardFilterBar({
  filters,
  onApply,
  pending,
}: {
  filters: ScoreboardFilters;
  onApply: (filters: ScoreboardFilters) => void;
  pending: boolean;
}) {
  const trpc = useTRPC();
  // Each tag's and outlet's count is under the other filters of the URL (the previous counts stay
  // while new ones load).
  const options = useQuery(
    trpc.scoreboard.filters.queryOptions(scoreboardFilterOptionsInput(filters), {
      staleTime: 60_000,
      placeholderData: keepPreviousData,
    }),
  );

  // The draft follows the URL when it changes from outside (back button, a tag link), but not when
  // the URL arrives at what was applied here: what was typed since then is kept.
  const [draft, setDraft] = useState(filters);
  const [minScoredText, setMinScoredText] = useState(String(filters.minScored ?? DEFAULT_MIN_SCORED));
  const [seen, setSeen] = useState(() => scoreboardQueryString(filters));
  const [applied, setApplied] = useState<string | null>(null);
  const current = scoreboardQueryString(filters);
  if (seen !== current) {
    setSeen(current);
    if (current !== applied) {
      setDraft(filters);
      setMinScoredText(String(filters.minScored ?? DEFAULT_MIN_SCORED));
    }
    setApplied(null);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPendingMinimum = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancelPendingMinimum, []);

  const apply = (next: ScoreboardFilters) => {
    cancelPendingMinimum();
    setApplied(scoreboardQueryString(next));
    onApply(next);
  };

  const rangeProblem = periodProblem(draft.from, draft.to);
  const minScoredValue = parseMinScored(minScoredText);
  const minScoredProblem = minScoredValue === null ? "Enter a whole number, 0 or more" : null;

  /** The filters with one value changed, applied at once unless it is incomplete or contradicts another. */
  const change = (next: ScoreboardFilters) => {
    setDraft(next);
    if (next.from && !isMonth(next.from)) return;
    if (next.to && !isMonth(next.to)) return;
    if (periodProblem(next.from, next.to)) return;
    if (minScoredValue === null) return;
    apply(next);
  };
  const set = (key: "tag" | "outlet" | "from" | "to", value: string) => {
    const next: ScoreboardFilters = { ...draft };
    if (value.trim()) next[key] = value.trim();
    else delete next[key];
    change(next);
  };
  const withMinimum = (value: number): ScoreboardFilters => {
    const next: ScoreboardFilters = { ...draft, minScored: value };
    if (value === DEFAULT_MIN_SCORED) delete next.minScored;
    return next;
  };
  const applyMinimumNow = () => {
    if (minScoredValue === null || rangeProblem) return;
    const next = withMinimum(minScoredValue);
    setDraft(next);
    if (scoreboardQueryString(next) !== current) apply(next);
    else cancelPendingMinimum();
  };

  const months = options.data?.months ?? null;
  const years = months ? yearsBetween(months.first, months.last) : [];
  const period = periodChoice(draft);

  const select = (key: "tag" | "outlet", label: string, choices: ReactNode, loading: boolean) => (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={`scoreboard-${key}`} className="text-xs text-muted-foreground">
        {label}
      </Label>
      <Select id={`scoreboard-${key}`} value={draft[key] ?? ""} onChange={(event) => set(key, event.target.value)}>
        <option value="">{loading ? "Loading…" : "Any"}</option>
        {choices}
      </Select>
    </div>
  );
  // A value from the URL the menus do not offer (a tag since removed) stays visible and selected.
  const extra = (key: "tag" | "outlet", known: readonly string[]) =>
    draft[key] && !known.includes(draft[key]) ? <option value={draft[key]}>{draft[key]}</option> : null;

  return (
    <section
      aria-label="Filter the scoreboard"
      className="mb-6 flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-xs"
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {select(
          "tag",
          "Tag",
          <>
            {extra("tag", options.data?.tags.map((tag) => tag.slug) ?? [])}
            {options.data?.tags.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tag.name} ({tag.predictions})
              </option>
            ))}
          </>,
          options.isPending,
        )}
        {select(
          "outlet",
          "Outlet",
          <>
            {extra("outlet", options.data?.outlets.map((outlet) => outlet.key) ?? [])}
            {options.data?.outlets.map((outlet) => (
              <option key={outlet.key} value={outlet.key}>
                {outlet.name} ({outlet.predictions})
              </option>
            ))}
          </>,
          options.isPending,
        )}
        {(["from", "to"] as const).map((key) => (
          <div key={key} className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`scoreboard-${key}`} className="text-xs text-muted-foreground">
              {key === "from" ? "Made from (month)" : "Made to (month)"}
            </Label>
            <Input
              {...fieldAria(`scoreboard-${key}`, {
                error: key === "to" ? (rangeProblem ?? undefined) : undefined,
              })}
              type="month"
              placeholder="YYYY-MM"
              min={months?.first}
              max={months?.last}
              value={draft[key] ?? ""}
              onChange={(event) => set(key, event.target.value)}
            />
          </div>
        ))}
        <div className="flex min-w-0 flex-col gap-1.5">
          <Label htmlFor="scoreboard-min-scored" className="text-xs text-muted-foreground">
            Scored to be ranked
          </Label>
          <Input
            {...fieldAria("scoreboard-min-scored", { error: minScoredProblem ?? undefined })}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={minScoredText}
            onChange={(event) => {
              const text = event.target.value;
              setMinScoredText(text);
              cancelPendingMinimum();
              const value = parseMinScored(text);
              if (value === null || rangeProblem) return;
              setDraft(withMinimum(value));
              timer.current = setTimeout(() => {
                timer.current = null;
                const next = withMinimum(value);
                if (scoreboardQueryString(next) !== current) apply(next);
              }, MIN_SCORED_DELAY_MS);
            }}
            onBlur={applyMinimumNow}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                applyMinimumNow();
              }
            }}
          />
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <span aria-hidden className="text-xs text-muted-foreground">
          Period
        </span>
        <Segmented
          name="scoreboard-period"
          legend="Period: all time or one year"
          value={period}
          options={[
            { value: "all", label: "All time" },
            ...years.map((year) => ({ value: String(year), label: String(year) })),
          ]}
          onChange={(choice) => change(withPeriod(draft, choice))}
        />
        {period === "custom" ? <span className="text-xs text-muted-foreground">Custom months</span> : null}
      </div>

      <FilterStatus
        show={
          Boolean(rangeProblem || minScoredProblem) ||
          pending ||
          hasScoreboardFilters(filters) ||
          hasScoreboardFilters(draft)
        }
        problems={
          <>
            {rangeProblem ? <FieldError id="scoreboard-to">{rangeProblem}</FieldError> : null}
            {minScoredProblem ? <FieldError id="scoreboard-min-scored">{minScoredProblem}</FieldError> : null}
          </>
        }
        pending={pending}
        onClear={() => {
          // The order stays: only what narrows the scoreboard is cleared.
          const cleared = orderOf(filters);
          setDraft(cleared);
          setMinScoredText(String(DEFAULT_MIN_SCORED));
          apply(cleared);
        }}
      />
    </section>
  );
}
