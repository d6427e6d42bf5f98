import { z } from "zod";
import { count, timestamp } from "./output-fields";
import { pageOf } from "./page-output";
import { auditRecord, sourceIntegrity } from "./prediction-output";

/**
 * What reading a source answers, spelt once (docs/architecture.md, "Response shapes"): the
 * TypeScript types below are inferred from these schemas, the tRPC procedures declare them as
 * their outputs, and the REST API's OpenAPI document is generated from them (dates, Date objects
 * here, are ISO 8601 strings on the wire: packages/api/src/rest/openapi.ts).
 */

export const sourceRecord = z
  .object({
    id: z.string(),
    key: z.string().describe("Stable key of the data contract (import/export)"),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: timestamp,
  })
  .describe("An article or other publication where predictions were made");
export type Source = z.infer<typeof sourceRecord>;

export const sourceListItem = sourceRecord
  .extend({ predictions: count.describe("Predictions citing this source") })
  .describe("A source with how many predictions cite it");
export type SourceListItem = z.infer<typeof sourceListItem>;

/** A page of sources, most recently published first. */
export const sourcePage = pageOf(sourceListItem, "A page of sources, most recently published first");

/** A source with its byline, integrity facts, how many quotes stand verbatim in its text, and its change history. */
export const sourceDetail = sourceRecord
  .extend({
    authors: z.array(z.string()),
    ...sourceIntegrity.shape,
    quotes: z
      .object({ total: count, verbatim: count })
      .describe("Predictions citing the source with a quote, and how many of those quotes stand verbatim in its text"),
    history: z.array(auditRecord).describe("Newest first; a changed article text shows as a new textSha256"),
  })
  .describe("A source with its authors, integrity facts and change history");
export type SourceDetail = z.infer<typeof sourceDetail>;
