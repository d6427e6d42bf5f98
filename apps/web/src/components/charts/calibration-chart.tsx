import { formatInterval, formatPercent } from "@/lib/format";
import { NO_SCORE } from "@/lib/score-format";
import { calibrationLayout, labelText, type CalibrationBinInput } from "./calibration-layout";
import { ChartFigure, ChartTable, DashedGuide, type ChartTableColumn } from "./chart-parts";
import type { ChartFrame } from "./frame";
import { DashedLineSwatch, LegendItem } from "./legend";

/** A square plot, with room on the left and below for the tick labels and axis titles. */
const frame: ChartFrame = { width: 420, height: 420, margin: { top: 16, right: 20, bottom: 56, left: 60 } };

const rate = (value: number | null) => (value === null ? NO_SCORE : formatPercent(value));
const bandLabel = (bin: { from: number; to: number }) => `${bin.from}–${bin.to}%`;
const predictionsOf = (n: number) => `${n} ${n === 1 ? "prediction" : "predictions"}`;
const tableColumns: readonly ChartTableColumn[] = [
  { label: "Forecast band", align: "left" },
  ...["Predictions", "Mean forecast", "Came true", "95% interval"].map((label) => ({ label, align: "right" as const })),
];

/**
 * The calibration chart: for each band of forecasts (0–10%, ... 90–100%), how often what was
 * forecast came true, against the band's mean forecast. A dot per band holding predictions (its
 * area grows with their number, and "n" labels it), its 95% Wilson interval as a bar with caps,
 * and the dashed diagonal of perfect calibration. Drawn on the server as plain SVG; shapes, dashes
 * and labels carry the meaning, not colour. The same figures follow as a table.
 */
export function CalibrationChart({ bins, subject }: { bins: readonly CalibrationBinInput[]; subject: string }) {
  const layout = calibrationLayout(bins, frame);
  const { plot } = layout;
  const nonEmpty = layout.marks.length;
  const idBase = "calibration-chart";
  return (
    <ChartFigure
      figureTestId="calibration-figure"
      frame={frame}
      plot={plot}
      idBase={idBase}
      title={`Calibration of ${subject}`}
      description={`For each band of forecasts, the share that came true against the mean forecast; ${nonEmpty} of 10 bands hold predictions. A dot on the dashed diagonal is perfectly calibrated; below it, things happened less often than forecast; above it, more often. The table after the chart gives the figures.`}
      testId="calibration-chart"
      svgClassName="h-auto w-full max-w-md text-foreground"
      axes={{
        xTicks: layout.xTicks,
        yTicks: layout.yTicks,
        xTitle: "Forecast (mean of the band)",
        yTitle: "Came true",
        verticalGrid: true,
      }}
      legend={<CalibrationLegend />}
      table={<CalibrationTable bins={bins} />}
      tableClassName="group"
    >
      <g aria-hidden>
        <DashedGuide {...layout.diagonal} testId="calibration-diagonal" />
      </g>

      {layout.marks.map((mark) => (
        <g key={mark.from} data-testid="calibration-bin" data-band={`${mark.from}-${mark.to}`} data-n={mark.n}>
          <title>
            {`${bandLabel(mark)}: ${predictionsOf(mark.n)}, mean forecast ${rate(mark.meanForecast)}, came true ${rate(mark.observedRate)}${mark.interval ? ` (95% interval ${formatInterval(mark.interval)})` : ""}`}
          </title>
          {mark.intervalTop !== null && mark.intervalBottom !== null ? (
            <g className="stroke-foreground" strokeWidth={1.5}>
              <line x1={mark.x} x2={mark.x} y1={mark.intervalTop} y2={mark.intervalBottom} />
              <line x1={mark.x - 5} x2={mark.x + 5} y1={mark.intervalTop} y2={mark.intervalTop} />
              <line x1={mark.x - 5} x2={mark.x + 5} y1={mark.intervalBottom} y2={mark.intervalBottom} />
            </g>
          ) : null}
          <circle
            cx={mark.x}
            cy={mark.y}
            r={mark.radius}
            className="fill-primary stroke-card"
            fillOpacity={0.85}
            strokeWidth={1.5}
          />
          <text
            x={mark.labelX}
            y={mark.labelY}
            textAnchor={mark.labelAnchor}
            className="fill-foreground text-[11px] font-medium tabular-nums"
            paintOrder="stroke"
            stroke="var(--card)"
            strokeWidth={3}
          >
            {labelText(mark.n)}
          </text>
        </g>
      ))}
    </ChartFigure>
  );
}

/** What the marks and the dashed line mean. */
function CalibrationLegend() {
  return (
    <>
      <LegendItem
        swatch={
          <svg aria-hidden viewBox="0 0 16 16" className="size-4">
            <circle cx={8} cy={8} r={5} className="fill-primary" fillOpacity={0.85} />
          </svg>
        }
      >
        A band of forecasts: how often they came true (bigger dot, more predictions; n says how many)
      </LegendItem>
      <LegendItem
        swatch={
          <svg aria-hidden viewBox="0 0 16 16" className="size-4">
            <g className="stroke-foreground" strokeWidth={1.5}>
              <line x1={8} x2={8} y1={2} y2={14} />
              <line x1={4} x2={12} y1={2} y2={2} />
              <line x1={4} x2={12} y1={14} y2={14} />
            </g>
          </svg>
        }
      >
        95% interval (Wilson)
      </LegendItem>
      <LegendItem swatch={<DashedLineSwatch />}>Perfect calibration</LegendItem>
    </>
  );
}

function CalibrationTable({ bins }: { bins: readonly CalibrationBinInput[] }) {
  return (
    <ChartTable
      testId="calibration-table"
      caption="Calibration: for each band of forecasts, how often they came true"
      columns={tableColumns}
    >
      {bins.map((bin) => (
        <tr key={bin.from} className={bin.n === 0 ? "text-muted-foreground" : undefined}>
          <th scope="row" className="px-3 py-1.5 text-left font-normal tabular-nums">
            {bandLabel(bin)}
          </th>
          <td className="px-3 py-1.5 text-right tabular-nums">{bin.n}</td>
          <td className="px-3 py-1.5 text-right tabular-nums">{rate(bin.meanForecast)}</td>
          <td className="px-3 py-1.5 text-right tabular-nums">{rate(bin.observedRate)}</td>
          <td className="px-3 py-1.5 text-right tabular-nums">
            {bin.interval ? formatInterval(bin.interval) : NO_SCORE}
          </td>
        </tr>
      ))}
    </ChartTable>
  );
}
