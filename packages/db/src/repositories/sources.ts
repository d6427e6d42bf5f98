import { type ListSourcesInput, type Page, type Source } from "@hindsight/domain";
import type { Database } from "../client";
import { decodeCursor, encodeCursor } from "./cursor";

const sourceSelect = { id: true, key: true, title: true, outlet: true, url: true, publishedAt: true } as const;

/**
 * Sources, most recently published first (ties by id), each with how many predictions cite it,
 * optionally of one outlet; paginated by keyset cursor over (publishedAt, id).
 */
export async function listSources(
  db: Database,
  input: ListSourcesInput,
): Promise<Page<Source & { predictions: number }>> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db.source.findMany({
    where: {
      ...(input.outlet ? { outlet: { equals: input.outlet, mode: "insensitive" as const } } : {}),
      ...(after ? { OR: [{ publishedAt: { lt: after.at } }, { publishedAt: after.at, id: { lt: after.id } }] } : {}),
    },
    select: { ...sourceSelect, _count: { select: { predictions: true } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
  });
  const items = rows
    .slice(0, input.limit)
    .map(({ _count, ...source }) => ({ ...source, predictions: _count.predictions }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.publishedAt, id: last.id }) : null,
  };
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
