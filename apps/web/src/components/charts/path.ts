/** Coordinates in SVG user units, rounded to hundredths: enough for any screen, and stable text to test. */
export const round = (value: number): number => Math.round(value * 100) / 100;

export interface Point {
  x: number;
  y: number;
}

/** An SVG path through the points in order: "M10,20L30,40"; "" for none. */
export function linePath(points: readonly Point[]): string {
  return points.map((point, index) => `${index === 0 ? "M" : "L"}${round(point.x)},${round(point.y)}`).join("");
}
