import type { ReactNode } from "react";

/** A chart's legend: each entry a small drawn swatch (shape or dash, not colour alone) and its words. */
export function Legend({ children }: { children: ReactNode }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1.5" aria-label="Legend">
      {children}
    </ul>
  );
}

export function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      {swatch}
      {children}
    </li>
  );
}

/** The dashed reference line both charts draw (perfect calibration, always saying 50%). */
export function DashedLineSwatch() {
  return (
    <svg aria-hidden viewBox="0 0 24 16" className="h-4 w-6">
      <line x1={1} x2={23} y1={8} y2={8} className="stroke-muted-foreground" strokeWidth={1.5} strokeDasharray="6 4" />
    </svg>
  );
}

/** The chart's data as a table, for readers who cannot or prefer not to read the drawing. */
export function ChartAsTable({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <details className={className}>
      <summary className="w-fit cursor-pointer rounded-sm font-medium text-foreground">The chart as a table</summary>
      {children}
    </details>
  );
}
