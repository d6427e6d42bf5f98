import { formatScore } from "@/lib/score-format";
import { ChartFigure, ChartTable, DashedGuide, type ChartTableColumn } from "./chart-parts";
import type { ChartFrame } from "./frame";
import { monthLabel } from "./months";
import { overTimeLayout, type OverTimeInput } from "./over-time-layout";
import { DashedLineSwatch, LegendItem } from "./legend";

const frame: ChartFrame = { width: 640, height: 280, margin: { top: 16, right: 24, bottom: 44, left: 56 } };
const SQUARE = 7;
const tableColumns: readonly ChartTableColumn[] = [
  { label: "Month", align: "left" },
  { label: "Resolved that month", align: "right" },
  { label: "Brier that month", align: "right" },
  { label: "Resolved so far", align: "right" },
  { label: "Running Brier", align: "right" },
];

/**
 * Brier over time: the running Brier score (every prediction resolved so far) as a line with a
 * dot each month, and each month's own Brier as a hollow square; the dashed line at 0.25 is what
 * always saying 50% earns. Months are those in which predictions were resolved. Shapes, dashes and
 * labels carry the meaning, not colour; the same figures follow as a table.
 */
export function BrierOverTimeChart({ months, subject }: { months: readonly OverTimeInput[]; subject: string }) {
  const layout = overTimeLayout(months, frame);
  const { plot } = layout;
  const last = layout.marks.at(-1);
  const idBase = "brier-over-time";
  return (
    <ChartFigure
      figureTestId="brier-over-time-figure"
      frame={frame}
      plot={plot}
      idBase={idBase}
      title={`Brier score of ${subject} over time`}
      description={
        last
          ? `The running Brier score by month of resolution, over ${layout.marks.length} months with resolutions, ending at ${formatScore(last.cumulativeBrier)} in ${monthLabel(last.month)}. Lower is better; 0.25 is what always saying 50% earns. The table after the chart gives the figures.`
          : "No resolved predictions with a date yet."
      }
      testId="brier-over-time-chart"
      axes={{
        xTicks: layout.xTicks,
        yTicks: layout.yTicks,
        xTitle: "Month of resolution",
        yTitle: "Brier (lower is better)",
      }}
      legend={
        <>
          <LegendItem
            swatch={
              <svg aria-hidden viewBox="0 0 24 16" className="h-4 w-6">
                <line x1={1} x2={23} y1={8} y2={8} className="stroke-primary" strokeWidth={2.5} />
                <circle cx={12} cy={8} r={4} className="fill-primary" />
              </svg>
            }
          >
            Running Brier, all resolved so far
          </LegendItem>
          <LegendItem
            swatch={
              <svg aria-hidden viewBox="0 0 16 16" className="size-4">
                <rect x={4.5} y={4.5} width={7} height={7} className="fill-card stroke-foreground" strokeWidth={1.5} />
              </svg>
            }
          >
            That month alone
          </LegendItem>
          <LegendItem swatch={<DashedLineSwatch />}>Always saying 50% (0.25)</LegendItem>
        </>
      }
      table={
        <ChartTable testId="brier-over-time-table" caption="Brier score by month of resolution" columns={tableColumns}>
          {layout.marks.map((mark) => (
            <tr key={mark.month}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                {monthLabel(mark.month)}
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">{mark.scored}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatScore(mark.brier)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{mark.cumulativeScored}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatScore(mark.cumulativeBrier)}</td>
            </tr>
          ))}
        </ChartTable>
      }
    >
      <g aria-hidden>
        {layout.referenceY !== null ? (
          <g>
            <DashedGuide x1={plot.left} x2={plot.right} y1={layout.referenceY} y2={layout.referenceY} />
            <text
              x={plot.right}
              y={layout.referenceY - 5}
              textAnchor="end"
              className="fill-muted-foreground text-[11px]"
            >
              0.25: always saying 50%
            </text>
          </g>
        ) : null}
        <path d={layout.cumulativePath} fill="none" className="stroke-primary" strokeWidth={2.5} />
      </g>
      {layout.marks.map((mark) => (
        <g key={mark.month} data-testid="brier-month" data-month={mark.month}>
          <title>
            {`${monthLabel(mark.month)}: ${mark.scored} resolved, Brier ${formatScore(mark.brier)} that month; ${mark.cumulativeScored} so far, running Brier ${formatScore(mark.cumulativeBrier)}`}
          </title>
          <rect
            x={mark.x - SQUARE / 2}
            y={mark.monthlyY - SQUARE / 2}
            width={SQUARE}
            height={SQUARE}
            className="fill-card stroke-foreground"
            strokeWidth={1.5}
          />
          <circle cx={mark.x} cy={mark.cumulativeY} r={4.5} className="fill-primary stroke-card" strokeWidth={1.5} />
        </g>
      ))}
    </ChartFigure>
  );
}
