import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BrierOverTimeChart } from "./brier-over-time-chart";
import { CalibrationChart } from "./calibration-chart";

// React's server render writes a <title> given several children ("Calibration of ", name) as an
// empty element, while the browser renders the text: a hydration error on every analyst page. The
// server's HTML must carry the whole title.
describe("chart titles on the server", () => {
  const bins = Array.from({ length: 10 }, (_, index) => ({
    from: index * 10,
    to: index * 10 + 10,
    n: index === 7 ? 2 : 0,
    meanForecast: index === 7 ? 0.75 : null,
    observedRate: index === 7 ? 0.5 : null,
    interval: null,
  }));

  it("writes the calibration chart's title in full", () => {
    const html = renderToString(<CalibrationChart bins={bins} subject="Ann Ash" />);
    expect(html).toContain('<title id="calibration-chart-title">Calibration of Ann Ash</title>');
  });

  it("writes the Brier-over-time chart's title in full", () => {
    const html = renderToString(
      <BrierOverTimeChart
        months={[{ month: "2025-01", scored: 2, brier: 0.05, cumulativeScored: 2, cumulativeBrier: 0.05 }]}
        subject="Ann Ash"
      />,
    );
    expect(html).toContain('<title id="brier-over-time-title">Brier score of Ann Ash over time</title>');
  });
});
