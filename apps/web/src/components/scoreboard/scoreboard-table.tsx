"use client";

import type { ScoreboardLinesPage, ScoreboardSort, SortDirection } from "@hindsight/domain";
import { ArrowDown, ArrowUp, ArrowUpDown, MessageSquareWarning } from "lucide-react";
import Link from "next/link";
import { formatRate, formatScore, formatScoreInterval, NO_SCORE } from "@/lib/score-format";
import { cn } from "@/lib/utils";
import { formatSignedScore, HEDGE_FLAG, rankRange } from "./fair-format";
import { NotAvailable } from "./not-available";

/**
 * One analyst's line as scoreboard.page gives it (the domain's shape, scoreboard-output.ts), as far
 * as the table reads it: the scores, the fair comparison (contract v1.1) and the section.
 */
export type ScoreboardLineView = Pick<
  ScoreboardLinesPage["items"][number],
  | "slug"
  | "name"
  | "predictions"
  | "scored"
  | "brier"
  | "brierInterval"
  | "logLoss"
  | "hitRate"
  | "adjustedBrier"
  | "rank"
  | "refSkill"
  | "refN"
  | "relBrier"
  | "sharedN"
  | "rankLow"
  | "rankHigh"
  | "section"
>;

interface Column {
  sort: ScoreboardSort;
  label: string;
  /** Numbers sit right, for comparing digits. */
  numeric: boolean;
  /** What the header's button says to a screen reader beyond its label. */
  hint?: string;
  /** How the caption names the column the table is sorted by (by default its label). */
  caption?: string;
}

const columns: readonly Column[] = [
  { sort: "rank", label: "Rank", numeric: true },
  { sort: "name", label: "Analyst", numeric: false },
  { sort: "scored", label: "n", numeric: true, hint: "scored predictions", caption: "scored predictions" },
  { sort: "brier", label: "Brier", numeric: true, hint: "with its 95% interval" },
  { sort: "logLoss", label: "Log loss", numeric: true },
  { sort: "hitRate", label: "Hit rate", numeric: true },
  { sort: "adjustedBrier", label: "Adjusted Brier", numeric: true },
];

/** Under "Fair comparison" (docs/design.md, contract v1.1): two figures, then the rank range. */
const fairColumns: readonly Column[] = [
  {
    sort: "refSkill",
    label: "vs reference",
    numeric: true,
    hint: "skill against the reference forecasts, with how many had one",
    caption: "skill against the reference forecasts",
  },
  {
    sort: "relBrier",
    label: "vs peers",
    numeric: true,
    hint: "Brier against others on the same questions, with how many questions",
    caption: "Brier against others on the same questions",
  },
];

/** The rank range's header sorts by either reading. */
const readingColumns: readonly Column[] = [
  {
    sort: "rankLow",
    label: "low",
    numeric: true,
    hint: "rank with hedge words read at the low end",
    caption: "rank with hedge words read at the low end",
  },
  {
    sort: "rankHigh",
    label: "high",
    numeric: true,
    hint: "rank with hedge words read at the high end",
    caption: "rank with hedge words read at the high end",
  },
];

/** Every column of a line: what the full-width rows (no one ranked, the unranked heading) span. */
const COLUMN_COUNT = columns.length + fairColumns.length + 1;

const allColumns = [...columns, ...fairColumns, ...readingColumns];

const ariaSort = (active: boolean, dir: SortDirection) =>
  active ? (dir === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined;

// The header's background, opaque (bg-muted/50 over the card), for the sticky name column.
const headerBackground = "bg-[color-mix(in_oklab,var(--color-muted)_50%,var(--color-card))]";

const cell = "px-3 py-2.5 align-top";
/**
 * The analyst's name stays in view while the figures scroll sideways (a phone, a narrow window),
 * wide enough for a name on two lines, with a rule (a shadow: a collapsed border would not move
 * with it) where the figures slide under it. From lg up the table fits and does not scroll.
 */
const stickyName = "sticky left-0 z-10 min-w-[7.5rem] max-lg:shadow-[inset_-1px_0_0_var(--color-border)]";
/** The fair comparison's columns start with a rule. */
const fairStart = "border-l";

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
  filterWords,
}: {
  lines: readonly ScoreboardLineView[];
  minScored: number;
  /** How many analysts in the filter are ranked (some may be on pages not loaded yet). */
  ranked: number;
  sort: ScoreboardSort;
  dir: SortDirection;
  onSort: (column: ScoreboardSort) => void;
  /** What narrows the scoreboard, in words following "predictions" (scoreboardFilterWords); null for none. */
  filterWords: string | null;
}) {
  const rankedLines = lines.filter((line) => line.section === "ranked");
  const unrankedLines = lines.filter((line) => line.section === "unranked");
  const sorted = allColumns.find((column) => column.sort === sort);
  const sortedBy = sorted ? (sorted.caption ?? sorted.label) : "rank";
  const hedgeDependent = lines.some((line) => rankRange(line.rankLow, line.rankHigh).moves);

  return (
    <div className="flex flex-col gap-2">
      <div className="relative overflow-x-auto rounded-xl border bg-card shadow-xs">
        <table className="w-full min-w-[40rem] text-sm" data-testid="scoreboard">
          <caption className="sr-only">
            Analysts ranked by adjusted Brier score over{" "}
            {filterWords ? `their predictions ${filterWords}` : "all their predictions"}; sorted by {sortedBy},{" "}
            {dir === "asc" ? "ascending" : "descending"}. Analysts with fewer than {minScored} scored predictions are
            listed after the ranked ones.
          </caption>
          {/* The columns "Fair comparison" heads (scope="colgroup" needs a column group to name). */}
          <colgroup span={columns.length} />
          <colgroup span={COLUMN_COUNT - columns.length} />
          <thead className="bg-muted/50 text-xs text-muted-foreground">
            <tr>
              {columns.map((column) => (
                <SortHeader
                  key={column.sort}
                  column={column}
                  sort={sort}
                  dir={dir}
                  onSort={onSort}
                  rowSpan={2}
                  className={column.sort === "name" ? cn(stickyName, headerBackground) : undefined}
                />
              ))}
              <th
                scope="colgroup"
                colSpan={fairColumns.length + 1}
                className={cn(fairStart, "border-b px-3 pt-2 pb-1 text-center font-medium text-foreground")}
              >
                Fair comparison
              </th>
            </tr>
            <tr>
              {fairColumns.map((column, index) => (
                <SortHeader
                  key={column.sort}
                  column={column}
                  sort={sort}
                  dir={dir}
                  onSort={onSort}
                  className={index === 0 ? fairStart : undefined}
                />
              ))}
              <th
                scope="col"
                aria-sort={ariaSort(
                  readingColumns.some((column) => column.sort === sort),
                  dir,
                )}
                className="px-1.5 py-1.5 text-right font-medium"
              >
                <span className="block px-1.5 whitespace-nowrap">
                  Rank range
                  <span className="sr-only"> under the two readings of hedge words; sort by the rank read</span>
                </span>
                <span className="inline-flex">
                  {readingColumns.map((column) => (
                    <SortButton key={column.sort} column={column} sort={sort} dir={dir} onSort={onSort} />
                  ))}
                </span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y" data-testid="ranked-section">
            {rankedLines.length > 0 ? (
              rankedLines.map((line) => <Row key={line.slug} line={line} />)
            ) : ranked === 0 ? (
              <tr>
                <td colSpan={COLUMN_COUNT} className="px-4 py-8 text-center text-muted-foreground">
                  No analyst has {minScored} scored predictions {filterWords ? `${filterWords} ` : ""}yet, so nobody is
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
                  colSpan={COLUMN_COUNT}
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
      {hedgeDependent ? (
        <p className="flex items-start gap-1.5 text-xs text-muted-foreground" data-testid="hedge-legend">
          <MessageSquareWarning aria-hidden className="mt-px size-3.5 shrink-0 text-warning" />
          <span>
            A rank range such as 2–3 {HEDGE_FLAG}: the rank is one number with every hedge word read at the low end of
            its range and another at the high end.{" "}
            <a href="#fair-comparison-guide" className="font-medium text-foreground underline-offset-4 hover:underline">
              What the fair comparison means
            </a>
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** A column's sort button: sorts by it, or again the other way; the arrow shows the order. */
function SortButton({
  column,
  sort,
  dir,
  onSort,
}: {
  column: Column;
  sort: ScoreboardSort;
  dir: SortDirection;
  onSort: (column: ScoreboardSort) => void;
}) {
  const active = column.sort === sort;
  const Arrow = active ? (dir === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
  return (
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
      {column.hint ? <span className="sr-only"> ({column.hint})</span> : null}
      <Arrow aria-hidden className={cn("size-3.5 shrink-0", !active && "opacity-40")} />
    </button>
  );
}

/** A column's header cell, with aria-sort when the table is sorted by it. */
function SortHeader({
  column,
  sort,
  dir,
  onSort,
  rowSpan,
  className,
}: {
  column: Column;
  sort: ScoreboardSort;
  dir: SortDirection;
  onSort: (column: ScoreboardSort) => void;
  rowSpan?: number;
  className?: string | undefined;
}) {
  return (
    <th
      scope="col"
      rowSpan={rowSpan}
      aria-sort={ariaSort(column.sort === sort, dir)}
      className={cn(
        "px-1.5 py-1.5 font-medium",
        rowSpan && "align-bottom",
        column.numeric ? "text-right" : "text-left",
        className,
      )}
    >
      <SortButton column={column} sort={sort} dir={dir} onSort={onSort} />
    </th>
  );
}

// Each cell's classes, joined once here rather than on every line of every view.
const rowClass = { ranked: undefined, unranked: "text-muted-foreground" } as const;
const rankCell = cn(cell, "text-right font-semibold tabular-nums");
const nameCell = cn(cell, stickyName, "bg-card text-left font-medium");
const numberCell = cn(cell, "text-right tabular-nums");
const strongNumberCell = cn(cell, "text-right font-semibold tabular-nums");
const fairStartCell = cn(numberCell, fairStart);
const detail = "block text-xs whitespace-nowrap text-muted-foreground";

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
      {line.scored === 0 ? (
        // Nothing scored: no figure, rather than the population's Brier dressed as the analyst's.
        <>
          <td className={numberCell} data-column="brier">
            <NotAvailable explain />
          </td>
          <td className={numberCell} data-column="logLoss">
            <NotAvailable />
          </td>
          <td className={numberCell} data-column="hitRate">
            <NotAvailable />
          </td>
          <td className={numberCell} data-column="adjustedBrier">
            <NotAvailable />
          </td>
        </>
      ) : (
        <>
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
        </>
      )}
      <td className={fairStartCell} data-column="refSkill">
        <FairFigure
          value={line.refSkill}
          n={line.refN}
          counted="with a reference"
          none="no prediction with a reference"
        />
      </td>
      <td className={numberCell} data-column="relBrier">
        <FairFigure value={line.relBrier} n={line.sharedN} counted="shared questions" none="no shared question" />
      </td>
      <td className={numberCell} data-column="rankRange">
        <RankRangeFigure rankLow={line.rankLow} rankHigh={line.rankHigh} />
      </td>
    </tr>
  );
}

/** A signed fair figure with how many predictions or questions it rests on ("n 12"), or a dash. */
function FairFigure({ value, n, counted, none }: { value: number | null; n: number; counted: string; none: string }) {
  return (
    <>
      <span data-testid="figure">{formatSignedScore(value)}</span>
      {n > 0 ? (
        <span className={detail} data-testid="n">
          n {n}
          <span className="sr-only"> {counted}</span>
        </span>
      ) : (
        <span className="sr-only">{none}</span>
      )}
    </>
  );
}

/**
 * The rank under the two readings of hedge words: one number when they agree; a range flagged with
 * an icon and words (never colour alone) when the rank depends on how hedge words are read.
 */
function RankRangeFigure({ rankLow, rankHigh }: { rankLow: number | null; rankHigh: number | null }) {
  const range = rankRange(rankLow, rankHigh);
  if (range.text === NO_SCORE) {
    return (
      <>
        <span aria-hidden>{NO_SCORE}</span>
        <span className="sr-only">not ranked</span>
      </>
    );
  }
  if (!range.moves) return <span data-testid="figure">{range.text}</span>;
  return (
    <span title={`The rank ${HEDGE_FLAG}: ${range.readings}`} data-testid="hedge-flag">
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <MessageSquareWarning aria-hidden className="size-3.5 shrink-0 text-warning" />
        <span data-testid="figure">{range.text}</span>
      </span>
      <span className="sr-only">, {HEDGE_FLAG}: </span>
      <span className={detail}>
        <span className="sr-only">read </span>low {rankLow}
        <span aria-hidden> · </span>
        <span className="sr-only">, read </span>high {rankHigh}
      </span>
    </span>
  );
}
