import { describe, expect, it } from "vitest";
import { parseLedger, unknownLedgerFields } from "./schema";

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

  describe("contract v1.1: questions, references, links", () => {
    const question = {
      key: "q-summit",
      title: "Trump and Kim hold another summit in 2025",
      criteria: "A meeting in person, announced by both",
      resolveBy: "2025-12-31",
      references: [
        { probability: 0.2, source: "Polymarket", asOf: "2025-03-01", url: "https://example.org/market" },
        { probability: 0.1, source: "Metaculus", asOf: "2025-01-15" },
      ],
      resolution: { outcome: "PARTIAL", credit: 0.3, resolvedAt: "2026-01-02", note: "A call, not a summit" },
    };
    const linked = (extra: Record<string, unknown>) => ({ ...base.predictions[0], question: "q-summit", ...extra });

    it("accepts questions with references and a resolution, and predictions linked to them (negated or not)", () => {
      const result = parseLedger({
        ...base,
        questions: [question],
        predictions: [linked({ key: "a" }), linked({ key: "b", negated: true }), linked({ key: "c", negated: false })],
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.ledger.questions[0]).toMatchObject({
        key: "q-summit",
        references: [
          { probability: 0.2, source: "Polymarket", asOf: new Date("2025-03-01T00:00:00Z") },
          { probability: 0.1, source: "Metaculus", asOf: new Date("2025-01-15T00:00:00Z") },
        ],
        resolution: { outcome: "PARTIAL", credit: 0.3 },
      });
      expect(result.ledger.predictions.map((prediction) => [prediction.question, prediction.negated])).toEqual([
        ["q-summit", undefined],
        ["q-summit", true],
        ["q-summit", false],
      ]);
      // A file without questions reads as one with none.
      const v1 = parseLedger(base);
      expect(v1.ok && v1.ledger.questions).toEqual([]);
    });

    it("refuses two references on one UTC day with the second one's path, a duplicate key and a negation of nothing", () => {
      const result = parseLedger({
        ...base,
        questions: [
          { key: "q-other", title: "Other" },
          {
            ...question,
            references: [
              { probability: 0.2, source: "Polymarket", asOf: "2025-03-01T23:00:00+02:00" },
              { probability: 0.25, source: "Polymarket", asOf: "2025-03-01T21:30:00Z" },
              { probability: 0.3, source: "Polymarket", asOf: "2025-03-02T00:00:00Z" },
            ],
          },
          { key: "q-other", title: "Other again" },
        ],
        predictions: [{ ...base.predictions[0], negated: true }],
      });
      expect(result).toEqual({
        ok: false,
        issues: [
          {
            path: "predictions[0].negated",
            message: "only allowed with a question to negate",
          },
          {
            path: "questions[1].references[1].asOf",
            message: "same day (2025-03-01, UTC) as references[0]: one reference a day",
          },
          { path: "questions[2].key", message: 'duplicate key "q-other"' },
        ],
      });
    });

    it("lists every field it does not know by its path and refuses the file", () => {
      const file = {
        ...base,
        comment: "exported by a newer Hindsight",
        analysts: [{ ...base.analysts[0], twitter: "@tn" }],
        questions: [
          {
            ...question,
            foo: 1,
            references: [{ probability: 0.2, source: "Polymarket", asOf: "2025-03-01", volume: 1000 }],
            resolution: { ...question.resolution, judge: "panel" },
          },
        ],
        predictions: [
          linked({ key: "a", extra: true, resolution: { outcome: "TRUE", resolvedAt: "2026-01-02", x: 1 } }),
        ],
      };
      const refused = [
        "comment",
        "analysts[0].twitter",
        "questions[0].foo",
        "questions[0].references[0].volume",
        "questions[0].resolution.judge",
        "predictions[0].extra",
        "predictions[0].resolution.x",
      ];
      expect(unknownLedgerFields(file)).toEqual(refused);
      expect(parseLedger(file)).toEqual({
        ok: false,
        issues: refused.map((path) => ({ path, message: "unknown field" })),
      });
      // Asked to, it imports without them, and says which it left out.
      const ignored = parseLedger(file, { ignoreUnknownFields: true });
      expect(ignored).toMatchObject({ ok: true, ignoredFields: refused });
      expect(ignored.ok && Object.keys(ignored.ledger.predictions[0]!)).not.toContain("extra");
      // Unknown fields are listed with the other problems, not instead of them.
      const both = parseLedger({ ...file, predictions: [linked({ key: "a", probability: 2, extra: true })] });
      expect(both.ok ? [] : both.issues).toEqual(
        expect.arrayContaining([
          { path: "predictions[0].extra", message: "unknown field" },
          { path: "predictions[0].probability", message: "Probability must be between 0 and 1" },
        ]),
      );
    });
  });
});
