import { describe, expect, it } from "vitest";
import type { ChartFrame } from "@/components/charts/frame";
import { dayNumber, forecastLayout, letterFor, shapePath, timeTicks, type ForecastInput } from "./forecast-layout";

/** A 100 x 100 plot with 20 on every side. */
const frame: ChartFrame = { width: 140, height: 140, margin: { top: 20, right: 20, bottom: 20, left: 20 } };
const ann = { slug: "ann", name: "Ann Analyst" };
const bo = { slug: "bo", name: "Bo Pundit" };

const forecast = (
  id: string,
  analyst: ForecastInput["analyst"],
  day: string,
  probability: number,
  negated = false,
) => ({
  id,
  analyst,
  madeAt: new Date(`${day}T00:00:00Z`),
  probability,
  negated,
});

describe("forecastLayout", () => {
  // Forecasts from 1 Jan to 3 Apr 2025 (92 days) with 4 days of room each side (4% of 92, rounded
  // up): 100 days on 100 units, so x = 24 + days after 1 Jan; y = 120 - 100 * probability.
  const layout = forecastLayout(
    [
      forecast("p3", bo, "2025-04-03", 0.2, true),
      forecast("p1", ann, "2025-01-01", 0.7),
      forecast("p2", ann, "2025-02-10", 0.6),
    ],
    [
      { id: "r2", asOf: new Date("2025-02-10T00:00:00Z"), probability: 0.35, source: "Market" },
      { id: "r1", asOf: new Date("2025-01-11T00:00:00Z"), probability: 0.5, source: "Base rate" },
    ],
    new Date("2025-03-02T00:00:00Z"),
    frame,
  );

  it("gives each analyst a letter and a shape, in the order of their first forecast", () => {
    expect(layout.series.map((series) => [series.analyst.slug, series.letter, series.shape])).toEqual([
      ["ann", "A", "circle"],
      ["bo", "B", "square"],
    ]);
  });

  it("puts each forecast at its date and its probability for the question", () => {
    expect(layout.series.flatMap((series) => series.marks.map((mark) => [mark.id, mark.x, mark.y]))).toEqual([
      ["p1", 24, 50],
      ["p2", 64, 60],
      ["p3", 116, 100],
    ]);
    expect(layout.domain.map((date) => date.toISOString().slice(0, 10))).toEqual(["2024-12-28", "2025-04-07"]);
  });

  it("labels a point on its right, or on its left when the right has no room", () => {
    const [first] = layout.series[0]!.marks;
    expect([first!.labelX, first!.labelAnchor]).toEqual([32, "start"]);
    const [last] = layout.series[1]!.marks;
    expect([last!.labelX, last!.labelAnchor]).toEqual([108, "end"]);
  });

  it("draws the references as a step line in date order, held to the right edge", () => {
    expect(layout.references.map((mark) => [mark.id, mark.x, mark.y])).toEqual([
      ["r1", 34, 70],
      ["r2", 64, 85],
    ]);
    expect(layout.referencePath).toBe("M34,70H64V85H120");
  });

  it("marks the deadline and labels the first of each month", () => {
    expect(layout.deadlineX).toBe(84);
    expect(layout.xTicks.map((tick) => [tick.label, tick.position])).toEqual([
      ["Jan 2025", 24],
      ["Feb 2025", 55],
      ["Mar 2025", 83],
      ["Apr 2025", 114],
    ]);
    expect(layout.yTicks.map((tick) => [tick.label, tick.position])).toEqual([
      ["0%", 120],
      ["20%", 100],
      ["40%", 80],
      ["60%", 60],
      ["80%", 40],
      ["100%", 20],
    ]);
  });

  it("centres a single date, with a few days either side, and draws no reference line without references", () => {
    const single = forecastLayout([forecast("p1", ann, "2025-05-05", 0.5)], [], null, frame);
    expect(single.series[0]!.marks[0]).toMatchObject({ x: 70, y: 70 });
    expect(single.referencePath).toBe("");
    expect(single.deadlineX).toBeNull();
    expect(single.xTicks.map((tick) => tick.label)).toEqual(["2 May 2025", "4 May 2025", "6 May 2025", "8 May 2025"]);
  });

  it("extends the axis to a deadline after every forecast", () => {
    const later = forecastLayout([forecast("p1", ann, "2025-01-01", 0.5)], [], new Date("2025-12-31T00:00:00Z"), frame);
    expect(later.deadlineX).toBeGreaterThan(later.series[0]!.marks[0]!.x);
    expect(later.deadlineX).toBeLessThan(120);
  });
});

describe("timeTicks", () => {
  const day = (text: string) => dayNumber(new Date(`${text}T00:00:00Z`));
  const labels = (from: string, to: string, max = 6) => timeTicks(day(from), day(to), max).map((tick) => tick.label);

  it("uses days, then months, then years, whichever is the smallest step that fits", () => {
    expect(labels("2025-03-01", "2025-03-03")).toEqual(["1 Mar 2025", "2 Mar 2025", "3 Mar 2025"]);
    expect(labels("2025-03-01", "2025-04-05")).toEqual([
      "1 Mar 2025",
      "8 Mar 2025",
      "15 Mar 2025",
      "22 Mar 2025",
      "29 Mar 2025",
      "5 Apr 2025",
    ]);
    expect(labels("2025-03-01", "2025-04-05", 4)).toEqual(["1 Mar 2025", "15 Mar 2025", "29 Mar 2025"]);
    expect(labels("2024-11-20", "2025-09-10")).toEqual(["Jan 2025", "Mar 2025", "May 2025", "Jul 2025", "Sep 2025"]);
    expect(labels("2024-02-10", "2026-11-30")).toEqual(["Jul 2024", "Jan 2025", "Jul 2025", "Jan 2026", "Jul 2026"]);
    expect(labels("2019-06-01", "2026-01-01")).toEqual(["2020", "2022", "2024", "2026"]);
    expect(labels("2019-06-01", "2025-01-01")).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(labels("1990-01-01", "2030-01-01")).toEqual(["1990", "2000", "2010", "2020", "2030"]);
  });
});

describe("letterFor and shapePath", () => {
  it("letters analysts A to Z, then AA", () => {
    expect([0, 1, 25, 26, 27].map(letterFor)).toEqual(["A", "B", "Z", "AA", "AB"]);
  });

  it("draws closed shapes centred on the point", () => {
    expect(shapePath("square", 10, 10, 10)).toBe("M5.5,5.5L14.5,5.5L14.5,14.5L5.5,14.5Z");
    expect(shapePath("diamond", 10, 10, 10)).toBe("M10,4L16,10L10,16L4,10Z");
    expect(shapePath("circle", 10, 10, 10)).toBe("M5,10A5,5 0 1,0 15,10A5,5 0 1,0 5,10Z");
  });
});
