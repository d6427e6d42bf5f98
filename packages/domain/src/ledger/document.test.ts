import { describe, expect, it } from "vitest";
import { ledgerDate, toLedgerDocument, writeLedgerJson } from "./document";
import { parseLedger, type LedgerFile } from "./schema";

const ledger = (input: Record<string, unknown>): LedgerFile => {
  const parsed = parseLedger({ format: "hindsight/v1", ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.ledger;
};

describe("ledgerDate", () => {
  it.each([
    ["2025-04-25T00:00:00.000Z", "2025-04-25"],
    ["2025-04-25T10:30:00.000Z", "2025-04-25T10:30:00.000Z"],
    ["2025-04-25T00:00:00.001Z", "2025-04-25T00:00:00.001Z"],
  ])("writes %s as %s", (date, written) => {
    expect(ledgerDate(new Date(date))).toBe(written);
  });
});

describe("toLedgerDocument", () => {
  const analysts = [
    { slug: "b-analyst", name: "B" },
    { slug: "a-analyst", name: "A", affiliation: "Uni" },
  ];
  const predictions = [
    {
      key: "p2",
      analyst: "a-analyst",
      claim: "Two",
      madeAt: "2025-01-02T08:00:00+02:00",
      probability: 0.2,
      tags: ["zeta", "Alpha"],
    },
    {
      key: "p1",
      analyst: "b-analyst",
      claim: "One",
      madeAt: "2025-01-01",
      probability: 0.7,
      conditional: false,
      resolution: { outcome: "FALSE", resolvedAt: "2025-03-01", evidence: [] },
    },
  ];

  it("sorts by slug and key, sorts tags, drops empty optional fields and writes dates as text", () => {
    expect(toLedgerDocument(ledger({ analysts, predictions }))).toEqual({
      format: "hindsight/v1",
      analysts: [
        { slug: "a-analyst", name: "A", affiliation: "Uni" },
        { slug: "b-analyst", name: "B" },
      ],
      sources: [],
      predictions: [
        {
          key: "p1",
          analyst: "b-analyst",
          claim: "One",
          madeAt: "2025-01-01",
          probability: 0.7,
          tags: [],
          resolution: { outcome: "FALSE", resolvedAt: "2025-03-01" },
        },
        {
          key: "p2",
          analyst: "a-analyst",
          claim: "Two",
          madeAt: "2025-01-02T06:00:00.000Z",
          probability: 0.2,
          tags: ["alpha", "zeta"],
        },
      ],
    });
  });

  it("gives the same bytes whatever order the ledger came in, with fields in the contract's order", () => {
    const json = writeLedgerJson(ledger({ analysts, predictions }));
    expect(
      writeLedgerJson(ledger({ analysts: [...analysts].reverse(), predictions: [...predictions].reverse() })),
    ).toBe(json);
    expect(json.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(["format", "analysts", "sources", "predictions"]);
    expect(json.indexOf('"key": "p2"')).toBeLessThan(json.indexOf('"analyst": "a-analyst"'));
  });

  it("writes questions by key with their references by day, links on predictions, and negated only when true", () => {
    const document = toLedgerDocument(
      ledger({
        analysts,
        questions: [
          { key: "q-z", title: "Last" },
          {
            key: "q-a",
            title: "First",
            resolveBy: "2025-12-31",
            references: [
              { probability: 0.4, source: "Market", asOf: "2025-03-01T12:00:00Z", url: "https://example.org/m" },
              { probability: 0.3, source: "Crowd", asOf: "2025-01-01" },
            ],
            resolution: { outcome: "PARTIAL", credit: 0.3, resolvedAt: "2026-01-02", evidence: [] },
          },
        ],
        predictions: [
          { ...predictions[0], question: "q-a", negated: true },
          { ...predictions[1], question: "q-z", negated: false },
        ],
      }),
    );
    expect(document.questions).toEqual([
      {
        key: "q-a",
        title: "First",
        resolveBy: "2025-12-31",
        references: [
          { probability: 0.3, source: "Crowd", asOf: "2025-01-01" },
          { probability: 0.4, source: "Market", asOf: "2025-03-01T12:00:00.000Z", url: "https://example.org/m" },
        ],
        resolution: { outcome: "PARTIAL", credit: 0.3, resolvedAt: "2026-01-02" },
      },
      { key: "q-z", title: "Last" },
    ]);
    expect(document.predictions.map((prediction) => [prediction.key, prediction.question, prediction.negated])).toEqual(
      [
        ["p1", "q-z", undefined],
        ["p2", "q-a", true],
      ],
    );
    const json = writeLedgerJson(ledger({ analysts, questions: [{ key: "q", title: "Q" }], predictions }));
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      "format",
      "analysts",
      "sources",
      "questions",
      "predictions",
    ]);
    expect(Object.keys(toLedgerDocument(ledger({ analysts, predictions })))).not.toContain("questions");
  });
});
