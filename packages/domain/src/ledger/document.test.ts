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
});
