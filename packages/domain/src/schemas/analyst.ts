import { z } from "zod";
import { cursorPage, optional } from "./fields";

export const searchAnalystsInput = z.object({
  query: z.string().trim().max(200).default(""),
  limit: z.number().int().min(1).max(50).default(10),
});
export type SearchAnalystsInput = z.output<typeof searchAnalystsInput>;

/** The analyst directory: by name, a page at a time, optionally only names containing `q` (any case). */
export const listAnalystsInput = z
  .object({
    ...cursorPage,
    // The cursor carries the last name of the page and its id as JSON, base64: 200 characters of at
    // most 6 bytes each (a control character or a lone surrogate is written \uXXXX) fit in 1,700.
    cursor: z.string().max(2000).nullish(),
    q: optional(z.string().trim().max(200, "Search must be at most 200 characters")),
  })
  .default({ limit: 20 });
export type ListAnalystsInput = z.output<typeof listAnalystsInput>;

/** How many of the most active analysts a list filter offers. */
export const analystFilterOptionsInput = z
  .object({
    limit: z.number().int().min(1, "limit must be 1 to 1000").max(1000, "limit must be 1 to 1000").default(200),
  })
  .default({ limit: 200 });

export const slugInput = z.object({ slug: z.string().trim().min(1, "slug is required").max(80) });
export const urlLookupInput = z.object({ url: z.string().trim().max(2000) });

/** Sources, most recently published first, optionally of one outlet (matched without regard to case). */
export const listSourcesInput = z
  .object({ ...cursorPage, outlet: optional(z.string().trim().max(200, "Outlet must be at most 200 characters")) })
  .default({ limit: 20 });
export type ListSourcesInput = z.output<typeof listSourcesInput>;
