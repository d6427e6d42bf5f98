import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brier } from "./brier";
import { murphyDecomposition } from "./murphy";

describe("Murphy's decomposition with PARTIAL outcomes", () => {
  // Worked by hand. Forecast 0.8 twice (TRUE, PARTIAL 0.5), forecast 0.3 twice (FALSE, PARTIAL 0.5).
  // Squared errors 0.04, 0.09, 0.09, 0.04: brier 0.26 / 4 = 0.065.
  // ō = (1 + 0.5 + 0 + 0.5) / 4 = 0.5, uncertainty 0.25.
  // Group 0.8: mean outcome 0.75, reliability 2 × 0.05² = 0.005, resolution 2 × 0.25² = 0.125.
  // Group 0.3: mean outcome 0.25, reliability 2 × 0.05² = 0.005, resolution 2 × 0.25² = 0.125.
  // Reliability 0.01 / 4 = 0.0025, resolution 0.25 / 4 = 0.0625.
  // 0.0025 - 0.0625 + 0.25 = 0.19, not 0.065: the two outcomes of 0.5 each add o(1 - o) = 0.25,
  // so partialCredit = 0.5 / 4 = 0.125, and 0.19 - 0.125 = 0.065.
  const scored = [
    { p: 0.8, o: 1 },
    { p: 0.8, o: 0.5 },
    { p: 0.3, o: 0 },
    { p: 0.3, o: 0.5 },
  ];

  it("gives reliability 0.0025, resolution 0.0625, uncertainty 0.25 and partialCredit 0.125", () => {
    expect(brier(scored)).toBeCloseTo(0.065, 12);
    expect(murphyDecomposition(scored)).toEqual({
      reliability: expect.closeTo(0.0025, 12),
      resolution: expect.closeTo(0.0625, 12),
      uncertainty: expect.closeTo(0.25, 12),
      partialCredit: expect.closeTo(0.125, 12),
      baseRate: 0.5,
    });
  });

  it("closes the identity only with the partialCredit term", () => {
    const { reliability, resolution, uncertainty, partialCredit } = murphyDecomposition(scored)!;
    expect(reliability - resolution + uncertainty).toBeCloseTo(0.19, 12);
    expect(reliability - resolution + uncertainty - partialCredit).toBeCloseTo(0.065, 12);
  });

  it("has partialCredit 0 when every outcome is TRUE or FALSE", () => {
    // 0.8 three times TRUE, once FALSE: ō = 0.75; one group, reliability (0.8 - 0.75)² = 0.0025,
    // resolution 0, uncertainty 0.1875; brier (3 × 0.04 + 0.64) / 4 = 0.19 = 0.0025 + 0.1875.
    const binary = [
      { p: 0.8, o: 1 },
      { p: 0.8, o: 1 },
      { p: 0.8, o: 1 },
      { p: 0.8, o: 0 },
    ];
    expect(murphyDecomposition(binary)).toEqual({
      reliability: expect.closeTo(0.0025, 12),
      resolution: 0,
      uncertainty: expect.closeTo(0.1875, 12),
      partialCredit: 0,
      baseRate: 0.75,
    });
    expect(brier(binary)).toBeCloseTo(0.19, 12);
  });

  it("one PARTIAL 0.25 alone: partialCredit 0.1875 = 0.25 × 0.75", () => {
    // n = 1, p = 0.4, o = 0.25: brier 0.0225; reliability 0.0225, resolution 0, uncertainty 0.1875.
    const decomposition = murphyDecomposition([{ p: 0.4, o: 0.25 }])!;
    expect(decomposition.partialCredit).toBeCloseTo(0.1875, 12);
    expect(decomposition.reliability).toBeCloseTo(0.0225, 12);
    expect(decomposition.uncertainty).toBeCloseTo(0.1875, 12);
  });

  it("brier = reliability - resolution + uncertainty - partialCredit for any record", () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    // Few distinct forecasts, so groups hold several outcomes.
    const forecast = fc.constantFrom(0, 0.1, 0.35, 0.5, 0.8, 1);
    const outcome = fc.oneof(fc.constantFrom(0, 1), unit);
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.oneof(forecast, unit), o: outcome }), { minLength: 1, maxLength: 50 }),
        (record) => {
          const { reliability, resolution, uncertainty, partialCredit } = murphyDecomposition(record)!;
          expect(partialCredit).toBeGreaterThanOrEqual(0);
          expect(reliability - resolution + uncertainty - partialCredit).toBeCloseTo(brier(record)!, 10);
        },
      ),
    );
  });

  it("is null with nothing scored", () => {
    expect(murphyDecomposition([])).toBeNull();
  });
});
