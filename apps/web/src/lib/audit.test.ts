import { describe, expect, it } from "vitest";
import { describeAuditEvent, formatAuditValue } from "./audit";

describe("formatAuditValue", () => {
  it.each([
    ["resolveBy", "2025-12-31T00:00:00.000Z", "31 Dec 2025"],
    ["createdAt", "2025-04-25T14:03:00.000Z", "25 Apr 2025, 14:03 UTC"],
    ["resolveBy", null, "none"],
    ["quote", "", "none"],
    ["probability", 0.4, "40%"],
    ["credit", 0.25, "25%"],
    ["probabilitySource", "HEDGE", "read from hedge words"],
    ["probabilitySource", "ESTIMATE", "the recorder's estimate"],
    ["outcome", "PARTIAL", "Partly true"],
    ["conditional", true, "yes"],
    ["tags", ["russia", "sanctions"], "russia, sanctions"],
    ["tags", [], "none"],
    ["analyst", { id: "a1", slug: "victor-cha", name: "Victor Cha" }, "Victor Cha"],
    ["claim", "Ukraine joins NATO", "Ukraine joins NATO"],
    ["resolveBy", "not a date", "not a date"],
  ])("%s %j -> %s", (field, value, expected) => {
    expect(formatAuditValue(field, value)).toBe(expected);
  });
});

describe("describeAuditEvent", () => {
  it("lists each edited field before -> after, in the page's order", () => {
    expect(
      describeAuditEvent({
        action: "prediction.update",
        before: { tags: ["diplomacy", "russia"], claim: "Editable claim", resolveBy: "2025-12-31T00:00:00.000Z" },
        after: { tags: ["russia", "sanctions"], claim: "Edited claim", resolveBy: "2026-12-31T00:00:00.000Z" },
      }),
    ).toEqual({
      title: "Edited the prediction",
      changes: [
        { field: "claim", label: "Claim", before: "Editable claim", after: "Edited claim" },
        { field: "resolveBy", label: "Deadline", before: "31 Dec 2025", after: "31 Dec 2026" },
        { field: "tags", label: "Tags", before: "diplomacy, russia", after: "russia, sanctions" },
      ],
    });
  });

  it("shows a cleared value as none", () => {
    expect(
      describeAuditEvent({
        action: "prediction.update",
        before: { resolveBy: "2025-12-31T00:00:00.000Z" },
        after: { resolveBy: null },
      }).changes,
    ).toEqual([{ field: "resolveBy", label: "Deadline", before: "31 Dec 2025", after: "none" }]);
  });

  it("sums up a logged prediction by what it was logged with", () => {
    expect(
      describeAuditEvent({
        action: "prediction.create",
        before: null,
        after: {
          id: "p1",
          key: "p-1",
          claim: "Trump and Kim hold another summit",
          probability: 0.05,
          probabilitySource: "HEDGE",
          hedge: "remote",
          resolveBy: null,
          version: 1,
          analyst: { id: "a1", slug: "victor-cha", name: "Victor Cha" },
          source: null,
          tags: ["north-korea"],
        },
      }),
    ).toEqual({
      title: "Logged the prediction",
      changes: [
        { field: "analyst", label: "Analyst", before: null, after: "Victor Cha" },
        { field: "claim", label: "Claim", before: null, after: "Trump and Kim hold another summit" },
        { field: "probability", label: "Probability", before: null, after: "5%" },
        { field: "probabilitySource", label: "Probability from", before: null, after: "read from hedge words" },
        { field: "hedge", label: "Hedge words", before: null, after: "remote" },
        { field: "tags", label: "Tags", before: null, after: "north-korea" },
      ],
    });
  });

  it("sums up an imported prediction without its bookkeeping", () => {
    expect(
      describeAuditEvent({
        action: "prediction.import",
        before: null,
        after: {
          claim: "Ukraine joins NATO",
          quote: null,
          madeAt: "2025-04-25T00:00:00.000Z",
          probability: 0.2,
          probabilitySource: "STATED",
          conditional: false,
          quoteStart: 10,
          analystId: "a1",
        },
      }),
    ).toEqual({
      title: "Imported the prediction from a ledger file",
      changes: [
        { field: "claim", label: "Claim", before: null, after: "Ukraine joins NATO" },
        { field: "madeAt", label: "Date made", before: null, after: "25 Apr 2025" },
        { field: "probability", label: "Probability", before: null, after: "20%" },
        { field: "probabilitySource", label: "Probability from", before: null, after: "stated by the analyst" },
      ],
    });
  });

  it("leaves bookkeeping out of an edit", () => {
    expect(
      describeAuditEvent({
        action: "prediction.update",
        before: { version: 1, quoteStart: 3, sourceId: "s1" },
        after: { version: 2, quoteStart: 5, sourceId: "s2" },
      }).changes,
    ).toEqual([{ field: "sourceId", label: "Source (record id)", before: "s1", after: "s2" }]);
  });

  it("keeps an unknown action readable", () => {
    expect(describeAuditEvent({ action: "prediction.split", before: null, after: { partCount: 2 } })).toEqual({
      title: "prediction.split",
      changes: [{ field: "partCount", label: "part count", before: "none", after: "2" }],
    });
  });
});

describe("describeAuditEvent for disputes", () => {
  it("names a public filer, says what was disputed and never shows an email address", () => {
    expect(
      describeAuditEvent({
        action: "dispute.create",
        before: null,
        after: {
          dispute: "d1",
          judgement: "j1",
          filer: "Jan Novak",
          publicFiler: true,
          text: "It was signed in time",
          evidence: ["https://example.org/a"],
        },
      }),
    ).toEqual({
      title: "Disputed the judgement",
      by: "Jan Novak (not signed in)",
      changes: [
        { field: "text", label: "Dispute", before: null, after: "It was signed in time" },
        { field: "evidence", label: "Evidence", before: null, after: "https://example.org/a" },
      ],
    });
  });

  it("says how a dispute was answered, with the reason", () => {
    expect(
      describeAuditEvent({
        action: "dispute.answer",
        before: { dispute: "d1", status: "OPEN" },
        after: { dispute: "d1", status: "REJECTED", decision: "REJECT", reason: "Signed too late" },
      }),
    ).toEqual({
      title: "Rejected a dispute",
      changes: [
        { field: "status", label: "Dispute", before: "open", after: "rejected" },
        { field: "reason", label: "Reason", before: null, after: "Signed too late" },
      ],
    });
  });
});
