"use client";

import type { ScoreboardSort, SortDirection } from "@hindsight/domain";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { formatRate, formatScore, formatScoreInterval } from "@/lib/score-format";
import { cn } from "@/lib/utils";

/** One analyst's line as scoreboard.page gives it. */
export interface ScoreboardLineView {
  slug: string;
  name: string;
  predictions: number;
  scored: number;
  brier: number | null;
  brierInterval: readonly [number, number] | null;
  logLoss: number | null;
  hitRate: number | null;
  adjustedBrier: number | null;
  rank: number | null;
  section: "ranked" | "unranked";
}

interface Column {
  sort: ScoreboardSort;
  label: string;
  /** Numbers sit right, for comparing digits. */
  numeric: boolean;
}

const columns: readonly Column[] = [
  { sort: "rank", label: "Rank", numeric: true },
  { sort: "name", label: "Analyst", numeric: false },
  { sort: "scored", label: "n", numeric: true },
  { sort: "brier", label: "Brier", numeric: true },
  { sort: "logLoss", label: "Log loss", numeric: true },
  { sort: "hitRate", label: "Hit rate", numeric: true },
  { sort: "adjustedBrier", label: "Adjusted Brier", numeric: true },
];

/** What each header's button says to a screen reader beyond its label. */
const columnHints: Partial<Record<ScoreboardSort, string>> = {
  scored: "scored predictions",
  brier: "with its 95% interval",
};

const cell = "px-3 py-2.5 align-top";

/**
 * The scoreboard: ranked analysts, then, under their own heading, those with too few scored
 * predictions to rank. Each header is a button that sorts by its column (again: the other way);
 * the sorted one carries aria-sort.
 */
export function ScoreboardTable({
  lines,
  minScored,
  ranked,
  sort,
  dir,
  onSort,
  filtered,
}: {
  lines: readonly ScoreboardLineView[];
  minScored: number;
  /** How many analysts in the filter are ranked (some may be on pages not loaded yet). */
  ranked: number;
  sort: ScoreboardSort;
  dir: SortDirection;
  onSort: (column: ScoreboardSort) => void;
  filtered: boolean;
}) {
  const rankedLines = lines.filter((line) => line.section === "ranked");
  const unrankedLines = lines.filter((line) => line.section === "unranked");
  const sortedBy = columns.find((column) => column.sort === sort)?.label ?? "rank";

  return (
    <div className="overflow-x-auto rounded-xl border bg-card shadow-xs">
      <table className="w-full min-w-[40rem] text-sm" data-testid="scoreboard">
        <caption className="sr-only">
          Analysts {filtered ? "in the filter " : ""}ranked by adjusted Brier score; sorted by {sortedBy},{" "}
          {dir === "asc" ? "ascending" : "descending"}. Analysts with fewer than {minScored} scored predictions are
          listed after the ranked ones.
        </caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>
            {columns.map((column) => {
              const active = column.sort === sort;
              const Arrow = active ? (dir === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
              return (
                <th
                  key={column.sort}
                  scope="col"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                  className={cn("px-1.5 py-1.5 font-medium", column.numeric ? "text-right" : "text-left")}
                >
                  <button
                    type="button"
                    onClick={() => onSort(column.sort)}
                    className={cn(
                      "inline-flex items-center gap-1 rounded-md px-1.5 py-1 whitespace-nowrap transition-colors hover:bg-accent hover:text-accent-foreground",
                      column.numeric && "flex-row-reverse",
                      active && "text-foreground",
                    )}
                    data-testid={`sort-${column.sort}`}
                  >
                    {column.label}
                    {columnHints[column.sort] ? <span className="sr-only"> ({columnHints[column.sort]})</span> : null}
                    <Arrow aria-hidden className={cn("size-3.5 shrink-0", !active && "opacity-40")} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y" data-testid="ranked-section">
          {rankedLines.length > 0 ? (
            rankedLines.map((line) => <Row key={line.slug} line={line} />)
          ) : ranked === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-8 text-center text-muted-foreground">
                No analyst has {minScored} scored predictions {filtered ? "in this filter " : ""}yet, so nobody is
                ranked. Lower “Scored to be ranked” to rank those below.
              </td>
            </tr>
          ) : null}
        </tbody>
        {unrankedLines.length > 0 ? (
          <tbody className="divide-y border-t-4 border-double" data-testid="unranked-section">
            <tr className="bg-muted/40">
              <th
                scope="rowgroup"
                colSpan={columns.length}
                className="px-3 py-2 text-left text-sm font-semibold"
                id="unranked-heading"
              >
                Not yet ranked (fewer than {minScored} scored)
                <span className="ml-2 text-xs font-normal text-muted-foreground">
                  Shown for the record; too few outcomes to compare fairly.
                </span>
              </th>
            </tr>
            {unrankedLines.map((line) => (
              <Row key={line.slug} line={line} />
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}

// Each cell's classes, joined once here rather than on every line of every view.
const rowClass = { ranked: undefined, unranked: "text-muted-foreground" } as const;
const rankCell = cn(cell, "text-right font-semibold tabular-nums");
const nameCell = cn(cell, "text-left font-medium");
const numberCell = cn(cell, "text-right tabular-nums");
const strongNumberCell = cn(cell, "text-right font-semibold tabular-nums");

function Row({ line }: { line: ScoreboardLineView }) {
  return (
    <tr data-testid="scoreboard-row" data-slug={line.slug} className={rowClass[line.section]}>
      <td className={rankCell} data-column="rank">
        {line.rank ?? (
          <>
            <span aria-hidden>–</span>
            <span className="sr-only">not ranked</span>
          </>
        )}
      </td>
      <th scope="row" className={nameCell} data-column="name">
        <Link
          href={`/analysts/${line.slug}`}
          className="rounded-sm text-foreground underline-offset-4 hover:text-primary hover:underline"
        >
          {line.name}
        </Link>
      </th>
      <td className={numberCell} data-column="scored">
        {line.scored}
        <span className="block text-xs text-muted-foreground">of {line.predictions}</span>
      </td>
      <td className={numberCell} data-column="brier">
        <span data-testid="brier">{formatScore(line.brier)}</span>
        {line.brierInterval ? (
          <span className="block text-xs whitespace-nowrap text-muted-foreground" data-testid="brier-interval">
            <span className="sr-only">95% interval </span>
            {formatScoreInterval(line.brierInterval)}
          </span>
        ) : null}
      </td>
      <td className={numberCell} data-column="logLoss">
        {formatScore(line.logLoss)}
      </td>
      <td className={numberCell} data-column="hitRate">
        {formatRate(line.hitRate)}
      </td>
      <td className={strongNumberCell} data-column="adjustedBrier">
        {formatScore(line.adjustedBrier)}
      </td>
    </tr>
  );
}
