import type { z } from "zod";
import type { FieldIssue } from "../errors";
import {
  analystColumns,
  ledgerCsvColumns,
  predictionColumn,
  questionColumns,
  sourceColumns,
  type LedgerCsvColumn,
} from "./csv-columns";
import type { RowIssue } from "./csv-cells";
import { location } from "./csv-records";
import type { RowGroup } from "./csv-rows";

/**
 * Where the entries of a ledger read from CSV sit in the file: each prediction's line, and the
 * merged rows of each analyst, source and question in the order the ledger lists them.
 */
export interface CsvPlaces {
  predictionLines: readonly number[];
  analysts: readonly [string, RowGroup][];
  sources: readonly [string, RowGroup][];
  questions: readonly [string, RowGroup][];
}

/** The rows merged into a section's entries, and the columns of their fields. */
function groupsOf(
  places: CsvPlaces,
  section: PropertyKey | undefined,
): [readonly [string, RowGroup][], Record<string, LedgerCsvColumn>] | [undefined, undefined] {
  if (section === "analysts") return [places.analysts, analystColumns];
  if (section === "sources") return [places.sources, sourceColumns];
  if (section === "questions") return [places.questions, questionColumns];
  return [undefined, undefined];
}

/** `predictions[3].resolution.credit` -> ["predictions", 3, "resolution", "credit"]. */
function pathParts(path: string): PropertyKey[] | null {
  const parts: PropertyKey[] = [];
  const pattern = /(?:^|\.)([^.[\]]+)|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
    if (pattern.lastIndex === path.length) return parts;
  }
  return null;
}

/** The line and column of a ledger path (`predictions[3].question`), for the import's own problems. */
export function locator(places: CsvPlaces): (path: string) => string {
  return (path) => {
    const [section, index, field, ...rest] = pathParts(path) ?? [];
    if (typeof index !== "number") return path;
    if (section === "predictions") {
      const line = places.predictionLines[index];
      return line === undefined ? path : location(line, predictionColumn(field, rest));
    }
    const [groups, columns] = groupsOf(places, section);
    const group = groups?.[index]?.[1];
    return group && columns ? location(group.lines[String(field)] ?? group.line, columns[String(field)]) : path;
  };
}

/**
 * Every problem of the file by line and column, in file order: the reader's own, then the schema's
 * put back where they sit. A cell the reader already refused is not reported again by the schema,
 * and the same problem at the same place is said once.
 */
export function placeIssues(
  places: CsvPlaces,
  headerLine: number,
  rowIssues: readonly RowIssue[],
  schemaIssues: readonly z.core.$ZodIssue[],
): FieldIssue[] {
  const issues = [...rowIssues];
  const refused = new Set(issues.map((issue) => `${issue.line}:${issue.column ?? ""}`));
  for (const issue of schemaIssues) {
    const [section, index, field, ...rest] = issue.path;
    if (typeof index !== "number") {
      issues.push({ line: headerLine, message: issue.message });
    } else if (section === "predictions") {
      const line = places.predictionLines[index] ?? headerLine;
      const column = predictionColumn(field, rest);
      if (!refused.has(`${line}:${column ?? ""}`)) issues.push({ line, column, message: issue.message });
    } else {
      const [groups, columns] = groupsOf(places, section);
      const group = groups?.[index]?.[1];
      if (!columns) continue;
      const column = columns[String(field)];
      issues.push({ line: group?.lines[String(field)] ?? group?.line ?? headerLine, column, message: issue.message });
    }
  }
  const order = new Map<string, number>(ledgerCsvColumns.map((column, index) => [column, index]));
  const seen = new Set<string>();
  return (
    issues
      .sort((a, b) => a.line - b.line || (order.get(a.column ?? "") ?? -1) - (order.get(b.column ?? "") ?? -1))
      .map((issue) => ({ path: location(issue.line, issue.column), message: issue.message }))
      // An analyst's slug is checked as the analyst's and as the prediction's: say it once.
      .filter((issue) => {
        const id = `${issue.path}\n${issue.message}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
  );
}
