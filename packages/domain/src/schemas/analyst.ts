import { z } from "zod";

export const searchAnalystsInput = z.object({
  query: z.string().trim().max(200).default(""),
  limit: z.number().int().min(1).max(50).default(10),
});
export type SearchAnalystsInput = z.output<typeof searchAnalystsInput>;
