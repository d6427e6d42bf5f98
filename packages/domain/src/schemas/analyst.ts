import { z } from "zod";

export const searchAnalystsInput = z.object({
  query: z.string().trim().max(200).default(""),
  limit: z.number().int().min(1).max(50).default(10),
});
export type SearchAnalystsInput = z.output<typeof searchAnalystsInput>;

export const slugInput = z.object({ slug: z.string().trim().min(1, "slug is required").max(80) });
export const urlLookupInput = z.object({ url: z.string().trim().max(2000) });
