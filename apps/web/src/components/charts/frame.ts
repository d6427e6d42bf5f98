/** A chart's size in SVG user units and the margins its axes and labels sit in. */
export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The edges of the plotting area inside the margins (y grows downwards, so top < bottom). */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function plotArea({ width, height, margin }: ChartFrame): PlotArea {
  return { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
}
