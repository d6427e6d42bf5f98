import { DomainError, type Source } from "@hindsight/domain";
import type { Database } from "../client";

const sourceSelect = { id: true, key: true, title: true, outlet: true, url: true, publishedAt: true } as const;

export async function getSource(db: Database, id: string): Promise<Source & { authors: string[] }> {
  const source = await db.source.findUnique({ where: { id }, select: { ...sourceSelect, authors: true } });
  if (!source) throw new DomainError("NOT_FOUND", `Source ${id} does not exist`);
  return source;
}

/** The source already logged for this URL, so the form can reuse it instead of repeating it. */
export async function findSourceByUrl(db: Database, url: string): Promise<Source | null> {
  return await db.source.findUnique({ where: { url }, select: sourceSelect });
}

/** Distinct outlets, for the filter menu. */
export async function listOutlets(db: Database): Promise<string[]> {
  const rows = await db.source.findMany({
    where: { outlet: { not: null } },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.flatMap((row) => (row.outlet ? [row.outlet] : []));
}

export async function listTags(db: Database): Promise<{ slug: string; name: string; predictions: number }[]> {
  const tags = await db.tag.findMany({
    select: { slug: true, name: true, _count: { select: { predictions: true } } },
    orderBy: { slug: "asc" },
  });
  return tags.map((tag) => ({ slug: tag.slug, name: tag.name, predictions: tag._count.predictions }));
}
