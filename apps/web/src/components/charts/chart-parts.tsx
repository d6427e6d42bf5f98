import type { ReactNode } from "react";
import type { ChartFrame, PlotArea } from "./frame";

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
