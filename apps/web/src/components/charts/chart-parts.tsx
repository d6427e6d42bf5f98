import type { ReactNode } from "react";
import type { ChartFrame, PlotArea } from "./frame";
import { ChartAsTable, Legend } from "./legend";

/** A tick of an axis: where it sits in SVG units and what it says. */
export interface AxisTick {
  position: number;
  label: string;
}

/**
 * The SVG of a chart: an image named by its title and described in words (what it shows and that a
 * table of the same figures follows), for screen readers and as the tooltip.
 */
export function ChartSvg({
  frame,
  idBase,
  title,
  description,
  className = "h-auto w-full text-foreground",
  testId,
  children,
}: {
  frame: ChartFrame;
  /** Unique on the page: the title's and description's ids start with it. */
  idBase: string;
  /**
   * One string: React's server render writes a <title> with several children as empty, so the
   * browser's text would not match it (a hydration error).
   */
  title: string;
  description: string;
  className?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-labelledby={`${idBase}-title ${idBase}-desc`}
      className={className}
      data-testid={testId}
    >
      <title id={`${idBase}-title`}>{title}</title>
      <desc id={`${idBase}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/**
 * A chart's grid, axes, tick labels and axis titles, hidden from screen readers (the description
 * and the table say it in words). Horizontal grid lines at the y ticks; with `verticalGrid`, lines at
 * the x ticks too and a left axis (a chart of two probabilities), else short tick marks under the
 * x axis (a chart over time).
 */
export function ChartAxes({
  frame,
  plot,
  xTicks,
  yTicks,
  xTitle,
  yTitle,
  verticalGrid = false,
}: {
  frame: ChartFrame;
  plot: PlotArea;
  xTicks: readonly AxisTick[];
  yTicks: readonly AxisTick[];
  xTitle: string;
  yTitle: string;
  verticalGrid?: boolean;
}) {
  return (
    <g aria-hidden>
      {verticalGrid
        ? xTicks.map((tick) => (
            <line
              key={`grid-x-${tick.position}`}
              x1={tick.position}
              x2={tick.position}
              y1={plot.top}
              y2={plot.bottom}
              className="stroke-border"
            />
          ))
        : null}
      {yTicks.map((tick) => (
        <g key={`y-${tick.position}`}>
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
      {verticalGrid ? (
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} className="stroke-muted-foreground" />
      ) : null}
      {xTicks.map((tick) => (
        <g key={`x-${tick.position}`}>
          {verticalGrid ? null : (
            <line
              x1={tick.position}
              x2={tick.position}
              y1={plot.bottom}
              y2={plot.bottom + 5}
              className="stroke-muted-foreground"
            />
          )}
          <text
            x={tick.position}
            y={plot.bottom + 18}
            textAnchor="middle"
            className="fill-muted-foreground text-[11px] tabular-nums"
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
        {yTitle}
      </text>
      <text
        x={(plot.left + plot.right) / 2}
        y={frame.height - 6}
        textAnchor="middle"
        className="fill-foreground text-xs font-medium"
      >
        {xTitle}
      </text>
    </g>
  );
}

/** The dashed guide line of a chart (perfect calibration, always saying 50%, a deadline), drawn as DashedLineSwatch shows it. */
export function DashedGuide({
  x1,
  x2,
  y1,
  y2,
  testId,
}: {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  testId?: string;
}) {
  return (
    <line
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      className="stroke-muted-foreground"
      strokeWidth={1.5}
      strokeDasharray="6 4"
      data-testid={testId}
    />
  );
}

/** A column of a chart's table: its heading, and which side its cells keep to (numbers to the right). */
export interface ChartTableColumn {
  label: string;
  align: "left" | "right";
}

/** A chart's figures as a table (inside ChartAsTable): a hidden caption, the headings, the rows given. */
export function ChartTable({
  testId,
  caption,
  columns,
  children,
}: {
  testId: string;
  caption: string;
  columns: readonly ChartTableColumn[];
  /** The rows, each a <tr>. */
  children: ReactNode;
}) {
  return (
    <div className="relative mt-2 overflow-x-auto rounded-lg border">
      <table className="w-full text-sm text-foreground" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.align === "left" ? "px-3 py-2 text-left" : "px-3 py-2 text-right"}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">{children}</tbody>
      </table>
    </div>
  );
}

/**
 * The frame every chart is drawn in: a figure holding the SVG (ChartSvg) with its grid and axes
 * (ChartAxes) under the chart's own marks, then a caption with the legend and the same figures as a
 * table. A chart gives its layout, its marks, its legend entries and its table.
 */
export function ChartFigure({
  figureTestId,
  frame,
  plot,
  idBase,
  title,
  description,
  testId,
  svgClassName,
  axes,
  children,
  legend,
  table,
  tableClassName,
}: {
  figureTestId: string;
  frame: ChartFrame;
  plot: PlotArea;
  idBase: string;
  title: string;
  description: string;
  testId: string;
  svgClassName?: string;
  axes: {
    xTicks: readonly AxisTick[];
    yTicks: readonly AxisTick[];
    xTitle: string;
    yTitle: string;
    verticalGrid?: boolean;
  };
  /** The marks, drawn over the axes. */
  children: ReactNode;
  /** LegendItems. */
  legend: ReactNode;
  /** The figures as a table (a ChartTable), behind "The chart as a table". */
  table: ReactNode;
  tableClassName?: string;
}) {
  return (
    <figure className="flex flex-col gap-3" data-testid={figureTestId}>
      <ChartSvg
        frame={frame}
        idBase={idBase}
        title={title}
        description={description}
        className={svgClassName}
        testId={testId}
      >
        <ChartAxes frame={frame} plot={plot} {...axes} />
        {children}
      </ChartSvg>
      <figcaption className="flex flex-col gap-2 text-xs text-muted-foreground">
        <Legend>{legend}</Legend>
        <ChartAsTable className={tableClassName}>{table}</ChartAsTable>
      </figcaption>
    </figure>
  );
}
