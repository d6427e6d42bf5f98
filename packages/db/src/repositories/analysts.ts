import { DomainError, type Analyst, type Outcome, type SearchAnalystsInput } from "@hindsight/domain";
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

export interface AnalystOverview extends Analyst {
  predictions: number;
  judged: number;
}

/** All analysts by name, with how many predictions they have and how many are judged. */
export async function listAnalysts(db: Database): Promise<AnalystOverview[]> {
  const analysts = await db.analyst.findMany({ select: analystSelect, orderBy: { name: "asc" } });
  const counts = await db.prediction.groupBy({ by: ["analystId"], _count: { _all: true, outcome: true } });
  const byId = new Map(counts.map((row) => [row.analystId, row._count]));
  return analysts.map((analyst) => ({
    ...analyst,
    predictions: byId.get(analyst.id)?._all ?? 0,
    judged: byId.get(analyst.id)?.outcome ?? 0,
  }));
}

export async function getAnalystBySlug(db: Database, slug: string): Promise<Analyst> {
  const analyst = await db.analyst.findUnique({ where: { slug }, select: analystSelect });
  if (!analyst) throw new DomainError("NOT_FOUND", `No analyst "${slug}"`);
  return analyst;
}

/** The states of an analyst's predictions, read as raw rows (aggregates for scale come later). */
export async function analystCountRows(
  db: Database,
  slug: string,
): Promise<{ outcome: Outcome | null; resolveBy: Date | null; conditional: boolean }[]> {
  return await db.prediction.findMany({
    where: { analyst: { slug } },
    select: { outcome: true, resolveBy: true, conditional: true },
  });
}
