import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ScoreSummary, type ScoreSummaryView } from "./score-summary";

// The hand-worked record of packages/domain/src/scoring/murphy.test.ts: forecast 0.8 (TRUE, PARTIAL
// 0.5), forecast 0.3 (FALSE, PARTIAL 0.5): brier 0.065 = 0.0025 - 0.0625 + 0.25 - 0.125.
const withPartial: ScoreSummaryView = {
  scored: 4,
  brier: 0.065,
  brierInterval: null,
  logLoss: 0.3,
  hitRate: 1,
  skill: 0.74,
  murphy: { reliability: 0.0025, resolution: 0.0625, uncertainty: 0.25, partialCredit: 0.125, baseRate: 0.5 },
};

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("ScoreSummary's Murphy identity", () => {
  it("with a PARTIAL outcome, shows the partial-credit term that closes the sum, and says why", () => {
    const html = renderToStaticMarkup(<ScoreSummary scores={withPartial} />);
    expect(text(html)).toContain(
      "Brier 0.065 = reliability 0.003 − resolution 0.063 + uncertainty 0.250 − partial credit 0.125",
    );
    expect(text(html)).toContain("because some outcomes were judged partly true");
    expect(html).toContain('data-testid="score-partial-credit"');
  });

  it("with outcomes all true or false, shows the three terms only", () => {
    // 0.8 three times TRUE and once FALSE: brier 0.19 = 0.0025 - 0 + 0.1875.
    const binary = {
      ...withPartial,
      brier: 0.19,
      murphy: { reliability: 0.0025, resolution: 0, uncertainty: 0.1875, partialCredit: 0, baseRate: 0.75 },
    };
    const html = renderToStaticMarkup(<ScoreSummary scores={binary} />);
    expect(text(html)).toContain("Brier 0.190 = reliability 0.003 − resolution 0.000 + uncertainty 0.188 (each");
    expect(text(html)).not.toContain("partial credit");
    expect(html).not.toContain("score-partial-credit");
  });
});
