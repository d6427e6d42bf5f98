import { describe, expect, it } from "vitest";
import { readLedgerJson } from "./read";
import { parseLedger } from "./schema";

/** A file as Python's json.dump or pandas' to_json writes it: None as null for what it does not have. */
const pythonLedger = {
  format: "hindsight/v1",
  analysts: [{ slug: "ann-analyst", name: "Ann Analyst", affiliation: null }],
  sources: [{ key: "s1", title: "A column", outlet: null, url: null, publishedAt: "2025-04-25", authors: null }],
  questions: [
    {
      key: "q1",
      title: "Does it rain?",
      criteria: null,
      resolveBy: null,
      references: [{ probability: 0.4, source: "Base rate", asOf: "2025-04-01", url: null }],
      resolution: null,
    },
  ],
  predictions: [
    {
      key: "p1",
      analyst: "ann-analyst",
      source: null,
      claim: "It rains",
      quote: null,
      madeAt: "2025-04-25",
      resolveBy: null,
      probability: 0.3,
      hedge: null,
      tags: null,
      resolution: { outcome: "TRUE", credit: null, resolvedAt: "2025-05-01", note: null, evidence: null },
      question: "q1",
      negated: null,
    },
  ],
};

describe("null in a ledger file", () => {
  it("reads null in an optional field as absent, at every level of the file", () => {
    const result = parseLedger(pythonLedger);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.ledger.analysts[0]).toEqual({ slug: "ann-analyst", name: "Ann Analyst" });
    expect(result.ledger.sources[0]).not.toHaveProperty("outlet");
    expect(result.ledger.questions[0]?.references[0]).not.toHaveProperty("url");
    expect(result.ledger.questions[0]).not.toHaveProperty("resolution");
    const prediction = result.ledger.predictions[0]!;
    expect(prediction.tags).toEqual([]);
    expect(prediction).not.toHaveProperty("source");
    expect(prediction.resolution).toEqual({ outcome: "TRUE", resolvedAt: new Date("2025-05-01T00:00:00Z") });
  });

  it("reads the same file from its JSON text", () => {
    expect(readLedgerJson(JSON.stringify(pythonLedger)).ok).toBe(true);
  });

  it("says a required field written as null is null, not missing", () => {
    const result = parseLedger({
      ...pythonLedger,
      analysts: [{ slug: "ann-analyst", name: null }],
      predictions: [{ ...pythonLedger.predictions[0], claim: null, probability: null, resolution: null }],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "analysts[0].name", message: "name is null; it is required" },
        { path: "predictions[0].claim", message: "claim is null; it is required" },
        { path: "predictions[0].probability", message: "probability is null; it is required" },
      ],
    });
  });

  it("still says a required field left out is required", () => {
    const result = parseLedger({ ...pythonLedger, analysts: [{ slug: "ann-analyst" }] });
    expect(result).toEqual({ ok: false, issues: [{ path: "analysts[0].name", message: "name is required" }] });
  });

  it("does not change the object it was given", () => {
    const copy = structuredClone(pythonLedger);
    parseLedger(copy);
    expect(copy).toEqual(pythonLedger);
  });
});
