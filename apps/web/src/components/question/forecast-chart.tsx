import { ChartFigure, ChartTable, DashedGuide, type ChartTableColumn } from "@/components/charts/chart-parts";
import type { ChartFrame } from "@/components/charts/frame";
import { DashedLineSwatch, LegendItem } from "@/components/charts/legend";
import { formatDay, formatPercent } from "@/lib/format";
import { forecastLayout, shapePath, type ForecastInput, type ReferenceInput, type Shape } from "./forecast-layout";

const frame: ChartFrame = { width: 640, height: 300, margin: { top: 24, right: 24, bottom: 44, left: 56 } };
const POINT = 11;
const tableColumns: readonly ChartTableColumn[] = [
  { label: "Date", align: "left" },
  { label: "Who", align: "left" },
  { label: "For the question", align: "right" },
  { label: "Note", align: "left" },
];

const forecastsOf = (n: number) => `${n} ${n === 1 ? "forecast" : "forecasts"}`;

/** A point's shape, filled, or hollow for a prediction of the opposite (negated). */
function PointShape({ shape, x, y, hollow }: { shape: Shape; x: number; y: number; hollow: boolean }) {
  return (
    <path
      d={shapePath(shape, x, y, POINT)}
      className={hollow ? "fill-card stroke-primary" : "fill-primary stroke-card"}
      strokeWidth={hollow ? 2 : 1.5}
    />
  );
}

/**
 * The forecasts of a question over time: each analyst's predictions as points at the dates they
 * were made, in the question's terms (a prediction of the opposite is hollow and turned round),
 * each analyst with a shape and a letter; the reference forecasts as a step line (each holds until
 * the next); the deadline dashed. Plain SVG drawn with the page; shapes, letters and dashes carry
 * the meaning, not colour. The same data follows as a table.
 */
export function ForecastChart({
  forecasts,
  references,
  deadline,
  subject,
}: {
  forecasts: readonly (ForecastInput & { claim: string })[];
  references: readonly ReferenceInput[];
  deadline: Date | null;
  subject: string;
}) {
  const layout = forecastLayout(forecasts, references, deadline, frame);
  const { plot } = layout;
  const idBase = "forecast-chart";
  const anyNegated = forecasts.some((forecast) => forecast.negated);
  const rows = [
    ...layout.series.flatMap((series) =>
      series.marks.map((mark) => ({
        key: mark.id,
        date: mark.madeAt,
        who: `${series.letter}: ${series.analyst.name}`,
        probability: mark.probability,
        note: mark.negated
          ? `Claims the opposite: ${formatPercent(1 - mark.probability)} against = ${formatPercent(mark.probability)} for`
          : "",
      })),
    ),
    ...layout.references.map((reference) => ({
      key: reference.id,
      date: reference.asOf,
      who: `Reference: ${reference.source}`,
      probability: reference.probability,
      note: "Holds until the next reference",
    })),
  ].sort((a, b) => a.date.getTime() - b.date.getTime() || a.who.localeCompare(b.who));

  return (
    <ChartFigure
      figureTestId="forecast-figure"
      frame={frame}
      plot={plot}
      idBase={idBase}
      title={`Forecasts of “${subject}” over time`}
      description={`${forecastsOf(forecasts.length)} by ${layout.series.length} ${layout.series.length === 1 ? "analyst" : "analysts"} and ${references.length} reference ${references.length === 1 ? "forecast" : "forecasts"}, as probabilities that it happens, from ${formatDay(layout.domain[0])} to ${formatDay(layout.domain[1])}.${deadline ? ` The deadline is ${formatDay(deadline)}.` : ""} The table after the chart gives the figures.`}
      testId="forecast-chart"
      axes={{
        xTicks: layout.xTicks,
        yTicks: layout.yTicks,
        xTitle: "Date of the forecast",
        yTitle: "Probability it happens",
      }}
      legend={
        <>
          {layout.series.map((series) => (
            <LegendItem
              key={series.analyst.slug}
              swatch={
                <svg aria-hidden viewBox="0 0 16 16" className="size-4">
                  <PointShape shape={series.shape} x={8} y={8} hollow={false} />
                </svg>
              }
            >
              <span>
                <span className="font-semibold text-foreground">{series.letter}</span>: {series.analyst.name}
              </span>
            </LegendItem>
          ))}
          {anyNegated ? (
            <LegendItem
              swatch={
                <svg aria-hidden viewBox="0 0 16 16" className="size-4">
                  <PointShape shape="circle" x={8} y={8} hollow />
                </svg>
              }
            >
              Hollow: the prediction claims the opposite, shown turned round (80% against = 20% for)
            </LegendItem>
          ) : null}
          {references.length > 0 ? (
            <LegendItem
              swatch={
                <svg aria-hidden viewBox="0 0 24 16" className="h-4 w-6">
                  <path d="M1,12H12V4H23" fill="none" className="stroke-foreground" strokeWidth={2} />
                  <circle cx={1.5} cy={12} r={1.5} className="fill-foreground" />
                </svg>
              }
            >
              Reference forecast, holding until the next one
            </LegendItem>
          ) : null}
          {deadline ? <LegendItem swatch={<DashedLineSwatch />}>Deadline</LegendItem> : null}
        </>
      }
      table={
        <ChartTable testId="forecast-table" caption="Forecasts of the question, oldest first" columns={tableColumns}>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="px-3 py-1.5 whitespace-nowrap">
                <time dateTime={row.date.toISOString()}>{formatDay(row.date)}</time>
              </td>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                {row.who}
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatPercent(row.probability)}</td>
              <td className="px-3 py-1.5 text-muted-foreground">{row.note}</td>
            </tr>
          ))}
        </ChartTable>
      }
    >
      <g aria-hidden>
        {layout.deadlineX !== null ? (
          <g>
            <DashedGuide x1={layout.deadlineX} x2={layout.deadlineX} y1={plot.top} y2={plot.bottom} />
            <text
              x={layout.deadlineX}
              y={plot.top - 8}
              textAnchor={layout.deadlineX > plot.right - 30 ? "end" : "middle"}
              className="fill-muted-foreground text-[11px]"
            >
              Deadline
            </text>
          </g>
        ) : null}
        {layout.referencePath ? (
          <path
            d={layout.referencePath}
            fill="none"
            className="stroke-foreground"
            strokeWidth={2}
            strokeLinejoin="round"
            data-testid="reference-line"
          />
        ) : null}
      </g>

      {layout.references.map((reference) => (
        <g key={reference.id} data-testid="reference-mark">
          <title>{`Reference, ${reference.source}, ${formatDay(reference.asOf)}: ${formatPercent(reference.probability)}`}</title>
          <circle cx={reference.x} cy={reference.y} r={3.5} className="fill-foreground stroke-card" strokeWidth={1} />
        </g>
      ))}
      {layout.series.flatMap((series) =>
        series.marks.map((mark) => (
          <g key={mark.id} data-testid="forecast-point" data-analyst={series.analyst.slug}>
            <title>
              {`${series.letter}: ${series.analyst.name}, ${formatDay(mark.madeAt)}: ${formatPercent(mark.probability)} for${mark.negated ? ` (claims the opposite at ${formatPercent(1 - mark.probability)})` : ""}`}
            </title>
            <PointShape shape={series.shape} x={mark.x} y={mark.y} hollow={mark.negated} />
            <text
              x={mark.labelX}
              y={mark.y}
              dy="0.32em"
              textAnchor={mark.labelAnchor}
              className="fill-foreground text-[11px] font-semibold"
              paintOrder="stroke"
              stroke="var(--card)"
              strokeWidth={3}
            >
              {series.letter}
            </text>
          </g>
        )),
      )}
    </ChartFigure>
  );
}
