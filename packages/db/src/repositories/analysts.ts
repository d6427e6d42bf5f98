import type { Analyst, SearchAnalystsInput } from "@hindsight/domain";
import type { Database } from "../client";

export const analystSelect = { id: true, slug: true, name: true, affiliation: true } as const;

/** Analysts whose name or slug contains the query, best matches (name prefix) first. */
export async function searchAnalysts(db: Database, input: SearchAnalystsInput): Promise<Analyst[]> {
  const query = input.query.trim();
  const where = query
    ? { OR: [{ name: { contains: query, mode: "insensitive" as const } }, { slug: { contains: query.toLowerCase() } }] }
    : {};
  const found = await db.analyst.findMany({ where, select: analystSelect, orderBy: { name: "asc" }, take: 200 });
  const lowered = query.toLowerCase();
  return found
    .sort((a, b) => Number(b.name.toLowerCase().startsWith(lowered)) - Number(a.name.toLowerCase().startsWith(lowered)))
    .slice(0, input.limit);
}
