import { describe, expect, it } from "vitest";
import { parseLedger } from "./schema";

const base = {
  format: "hindsight/v1",
  analysts: [{ slug: "tereza-novotna", name: "Tereza Novotna" }],
  sources: [
    {
      key: "asiatimes-2025-04-25",
      title: "What Trump's North Korea diplomacy says",
      outlet: "Asia Times",
      publishedAt: "2025-04-25",
    },
  ],
  predictions: [
    {
      key: "novotna-talks",
      analyst: "tereza-novotna",
      source: "asiatimes-2025-04-25",
      claim: "The Trump-Putin talks produce no substantive agreement",
      madeAt: "2025-04-25",
      probability: 0.95,
      tags: [],
    },
  ],
};

describe("parseLedger", () => {
  it("accepts a file written to the bare contract", () => {
    const result = parseLedger(base);
    expect(result.ok).toBe(true);
  });

  it("lists every problem by its path", () => {
    const result = parseLedger({
      ...base,
      predictions: [
        { ...base.predictions[0], probability: 1.5 },
        {
          ...base.predictions[0],
          key: "second",
          analyst: "nobody",
          resolution: { outcome: "PARTIAL", resolvedAt: "2025-06-01" },
        },
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: expect.arrayContaining([
        { path: "predictions[0].probability", message: "Probability must be between 0 and 1" },
        { path: "predictions[1].analyst", message: 'no analyst with slug "nobody" in this file' },
        { path: "predictions[1].resolution.credit", message: "credit is required for PARTIAL" },
      ]),
    });
    if (!result.ok) expect(result.issues).toHaveLength(3);
  });

  it("rejects another format", () => {
    expect(parseLedger({ ...base, format: "hindsight/v2" })).toEqual({
      ok: false,
      issues: [{ path: "format", message: 'format must be "hindsight/v1"' }],
    });
  });

  it("refuses two sources with the same url, and parts that contain their whole", () => {
    const result = parseLedger({
      ...base,
      sources: [
        { ...base.sources[0], url: "https://example.com/a" },
        { ...base.sources[0], key: "copy", url: "https://example.com/a" },
      ],
      predictions: [
        { ...base.predictions[0], key: "a", parent: "b" },
        { ...base.predictions[0], key: "b", parent: "a" },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: "sources[1].url", message: "same url as sources[0]" },
          { path: "predictions[0].parent", message: "parts cannot contain their own whole" },
          { path: "predictions[1].parent", message: "parts cannot contain their own whole" },
        ]),
      );
    }
  });

  it("keeps only the day of a publication timestamp", () => {
    const result = parseLedger({ ...base, sources: [{ ...base.sources[0], publishedAt: "2025-04-25T22:30:00Z" }] });
    expect(result.ok && result.ledger.sources[0]!.publishedAt.toISOString()).toBe("2025-04-25T00:00:00.000Z");
  });
});
