import { formatScore } from "@/lib/score-format";
import type { ChartFrame } from "./frame";
import { monthLabel } from "./months";
import { overTimeLayout, type OverTimeInput } from "./over-time-layout";
import { ChartAsTable, DashedLineSwatch, Legend, LegendItem } from "./legend";

const frame: ChartFrame = { width: 640, height: 280, margin: { top: 16, right: 24, bottom: 44, left: 56 } };
const SQUARE = 7;

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
    <figure className="flex flex-col gap-3" data-testid="brier-over-time-figure">
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-labelledby={`${idBase}-title ${idBase}-desc`}
        className="h-auto w-full text-foreground"
        data-testid="brier-over-time-chart"
      >
        {/* One string, as React's server render needs for a <title> (see the calibration chart). */}
        <title id={`${idBase}-title`}>{`Brier score of ${subject} over time`}</title>
        <desc id={`${idBase}-desc`}>
          {last
            ? `The running Brier score by month of resolution, over ${layout.marks.length} months with resolutions, ending at ${formatScore(last.cumulativeBrier)} in ${monthLabel(last.month)}. Lower is better; 0.25 is what always saying 50% earns. The table after the chart gives the figures.`
            : "No resolved predictions with a date yet."}
        </desc>
        <g aria-hidden>
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} className="stroke-border" />
              <text
                x={plot.left - 8}
                y={tick.position}
                dy="0.32em"
                textAnchor="end"
                className="fill-muted-foreground text-[11px] tabular-nums"
              >
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-muted-foreground" />
          {layout.xTicks.map((tick) => (
            <g key={tick.month}>
              <line
                x1={tick.position}
                x2={tick.position}
                y1={plot.bottom}
                y2={plot.bottom + 5}
                className="stroke-muted-foreground"
              />
              <text
                x={tick.position}
                y={plot.bottom + 18}
                textAnchor="middle"
                className="fill-muted-foreground text-[11px]"
              >
                {tick.label}
              </text>
            </g>
          ))}
          <text
            transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="fill-foreground text-xs font-medium"
          >
            Brier (lower is better)
          </text>
          <text
            x={(plot.left + plot.right) / 2}
            y={frame.height - 6}
            textAnchor="middle"
            className="fill-foreground text-xs font-medium"
          >
            Month of resolution
          </text>
          {layout.referenceY !== null ? (
            <g>
              <line
                x1={plot.left}
                x2={plot.right}
                y1={layout.referenceY}
                y2={layout.referenceY}
                className="stroke-muted-foreground"
                strokeWidth={1.5}
                strokeDasharray="6 4"
              />
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
      </svg>
      <figcaption className="flex flex-col gap-2 text-xs text-muted-foreground">
        <Legend>
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
        </Legend>
        <ChartAsTable>
          <div className="mt-2 overflow-x-auto rounded-lg border">
            <table className="w-full text-sm text-foreground" data-testid="brier-over-time-table">
              <caption className="sr-only">Brier score by month of resolution</caption>
              <thead className="bg-muted/50 text-xs text-muted-foreground">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left">
                    Month
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Resolved that month
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Brier that month
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Resolved so far
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Running Brier
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
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
              </tbody>
            </table>
          </div>
        </ChartAsTable>
      </figcaption>
    </figure>
  );
}
