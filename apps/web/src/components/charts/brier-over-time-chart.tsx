import { formatScore } from "@/lib/score-format";
import { ChartAxes, ChartSvg } from "./chart-parts";
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
      <ChartSvg
        frame={frame}
        idBase={idBase}
        title={`Brier score of ${subject} over time`}
        description={
          last
            ? `The running Brier score by month of resolution, over ${layout.marks.length} months with resolutions, ending at ${formatScore(last.cumulativeBrier)} in ${monthLabel(last.month)}. Lower is better; 0.25 is what always saying 50% earns. The table after the chart gives the figures.`
            : "No resolved predictions with a date yet."
        }
        testId="brier-over-time-chart"
      >
        <ChartAxes
          frame={frame}
          plot={plot}
          xTicks={layout.xTicks}
          yTicks={layout.yTicks}
          xTitle="Month of resolution"
          yTitle="Brier (lower is better)"
        />
        <g aria-hidden>
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
      </ChartSvg>
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
          <div className="relative mt-2 overflow-x-auto rounded-lg border">
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
