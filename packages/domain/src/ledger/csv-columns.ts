/**
 * The ledger's CSV columns, and which ledger field each one holds: what the reader (readLedgerCsv)
 * and the writer (csv.ts) agree on.
 */
export const ledgerCsvColumns = [
  "key",
  "analyst",
  "analystName",
  "analystAffiliation",
  "source",
  "sourceTitle",
  "sourceOutlet",
  "sourceUrl",
  "sourcePublishedAt",
  "parent",
  "claim",
  "quote",
  "quoteStart",
  "quoteEnd",
  "criteria",
  "madeAt",
  "resolveBy",
  "probability",
  "probabilitySource",
  "hedge",
  "intervalLow",
  "intervalHigh",
  "conditional",
  "condition",
  "tags",
  "outcome",
  "credit",
  "resolvedAt",
  "note",
  "evidence",
  // Contract v1.1: the link to a question, and the question's own cells (a question without a
  // title here must already be in the ledger).
  "question",
  "negated",
  "questionTitle",
  "questionCriteria",
  "questionResolveBy",
] as const;

export type LedgerCsvColumn = (typeof ledgerCsvColumns)[number];

/** Columns a file must have; every other one may be left out. */
export const requiredLedgerCsvColumns: readonly LedgerCsvColumn[] = [
  "key",
  "analyst",
  "analystName",
  "claim",
  "madeAt",
  "probability",
];

/** How a header cell this Hindsight does not know is reported (the message starts so). */
export { UNKNOWN_COLUMN } from "./unknown-fields";

/** Tags sit in one cell, separated by this (a tag cannot contain it). */
export const CSV_TAG_SEPARATOR = ";";

export const analystColumns = { slug: "analyst", name: "analystName", affiliation: "analystAffiliation" } as const;
export const sourceColumns = {
  key: "source",
  title: "sourceTitle",
  outlet: "sourceOutlet",
  url: "sourceUrl",
  publishedAt: "sourcePublishedAt",
} as const;

export const questionColumns = {
  key: "question",
  title: "questionTitle",
  criteria: "questionCriteria",
  resolveBy: "questionResolveBy",
} as const;

/** The CSV column of a prediction's field, from the path of a schema issue. */
export function predictionColumn(field: PropertyKey | undefined, rest: PropertyKey[]): LedgerCsvColumn | undefined {
  if (field === "resolution") {
    const part = rest[0];
    return part === "credit" || part === "resolvedAt" || part === "note" || part === "evidence" ? part : "outcome";
  }
  if (field === "interval") return rest[0] === 1 ? "intervalHigh" : "intervalLow";
  return ledgerCsvColumns.find((column) => column === field);
}
