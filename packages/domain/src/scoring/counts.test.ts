import { describe, expect, it } from "vitest";
import { analystCounts } from "./counts";

const now = new Date("2026-06-01T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("analystCounts", () => {
  it("counts each state once and the vague predictions (no deadline, conditional or annulled)", () => {
    const counts = analystCounts(
      [
        { outcome: null, resolveBy: null, conditional: false }, // open, vague (no deadline)
        { outcome: null, resolveBy: day("2027-01-01"), conditional: true }, // open, vague (conditional)
        { outcome: null, resolveBy: day("2026-01-01"), conditional: false }, // due
        { outcome: "TRUE", resolveBy: day("2026-01-01"), conditional: false }, // judged, scored
        { outcome: "PARTIAL", resolveBy: null, conditional: false }, // judged, scored, vague
        { outcome: "AMBIGUOUS", resolveBy: day("2026-01-01"), conditional: false }, // judged
        { outcome: "ANNULLED", resolveBy: day("2026-01-01"), conditional: true }, // judged, vague once
      ],
      now,
    );
    expect(counts).toEqual({
      predictions: 7,
      open: 2,
      due: 1,
      judged: 4,
      scored: 2,
      ambiguous: 1,
      annulled: 1,
      vague: 4,
      vagueness: 4 / 7,
    });
  });

  it("has no vagueness without predictions", () => {
    expect(analystCounts([], now).vagueness).toBeNull();
  });
});
