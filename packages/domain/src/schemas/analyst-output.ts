import { z } from "zod";
import { count } from "./output-fields";
import { pageOf } from "./page-output";

/**
 * What reading an analyst answers, spelt once (docs/architecture.md, "Response shapes"): the
 * TypeScript types below are inferred from these schemas, the tRPC procedures declare them as
 * their outputs, and the REST API's OpenAPI document is generated from them.
 */

export const analystRecord = z
  .object({
    id: z.string(),
    slug: z.string().describe("Stable, URL-safe name: /analysts/{slug}"),
    name: z.string(),
    affiliation: z.string().nullable(),
  })
  .describe("A person whose predictions are logged");
export type Analyst = z.infer<typeof analystRecord>;

export const analystOverview = analystRecord
  .extend({
    predictions: count.describe("Predictions logged for the analyst"),
    judged: count.describe("Of those, how many have an outcome"),
  })
  .describe("An analyst with counts of their predictions");
export type AnalystOverview = z.infer<typeof analystOverview>;

/** A page of analysts, by name. */
export const analystPage = pageOf(analystOverview, "A page of analysts, by name");

/** Analysts whose name contains a query, best matches first. */
export const analystMatches = z.array(analystRecord);
