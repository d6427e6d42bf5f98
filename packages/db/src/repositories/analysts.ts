import {
  DomainError,
  foldText,
  slugify,
  type Analyst,
  type AnalystOverview,
  type ListAnalystsInput,
  type Outcome,
  type Page,
  type SearchAnalystsInput,
} from "@hindsight/domain";
import type { Database } from "../client";
import { decodeNameCursor, encodeNameCursor } from "./cursor";

export const analystSelect = { id: true, slug: true, name: true, affiliation: true } as const;

/** `text` for a `contains` filter, which becomes LIKE: its wildcards (and the escape) match only themselves. */
const literal = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/**
 * The condition "the name contains `query`", in any case and ignoring accents: the name as typed
 * (any case), or its slug, which is the name without accents, lower-cased, words joined by "-"
 * ("Novotná" and "novotna" both find "Tereza Novotná", slug tereza-novotna; "tereza novotna" too).
 */
function nameMatches(query: string) {
  // Only a query of letters, digits, spaces and hyphens is also looked for in the slug: anything
  // else ("novot%", "O'Brien", "Ŋ") would be dropped or changed by slugify, and the search is literal.
  const slugged = /^[a-z0-9 -]+$/.test(foldText(query)) ? slugify(query) : "";
  return {
    OR: [
      { name: { contains: literal(query), mode: "insensitive" as const } },
      ...(slugged ? [{ slug: { contains: slugged } }] : []),
    ],
  };
}

/** Analysts whose name contains the query (any case, accents ignored), best matches (name prefix) first. */
export async function searchAnalysts(db: Database, input: SearchAnalystsInput): Promise<Analyst[]> {
  const query = input.query.trim();
  const where = query ? nameMatches(query) : {};
  const found = await db.analyst.findMany({ where, select: analystSelect, orderBy: { name: "asc" }, take: 200 });
  const folded = foldText(query);
  const startsWithQuery = (analyst: Analyst) => Number(foldText(analyst.name).startsWith(folded));
  return found.sort((a, b) => startsWithQuery(b) - startsWithQuery(a)).slice(0, input.limit);
}

/** The shape is the domain's (packages/domain/src/schemas/analyst-output.ts); named here too for this package's readers. */
export type { AnalystOverview };

/**
 * The analyst directory: by name (then id), a page at a time, optionally only those whose name
 * contains `q` (any case, accents ignored); each with how many predictions they have and how many are judged,
 * counted for the page's analysts only.
 */
export async function listAnalysts(db: Database, input: ListAnalystsInput): Promise<Page<AnalystOverview>> {
  const after = input.cursor ? decodeNameCursor(input.cursor) : null;
  const rows = await db.analyst.findMany({
    where: {
      AND: [
        input.q ? nameMatches(input.q) : {},
        // After the cursor's (name, id). The plain `name >=` repeats what the OR says so that
        // PostgreSQL can start the (name, id) index scan there instead of at the first name.
        after
          ? {
              name: { gte: after.name },
              OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }],
            }
          : {},
      ],
    },
    select: analystSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
  });
  const analysts = rows.slice(0, input.limit);
  const counts = analysts.length
    ? await db.prediction.groupBy({
        by: ["analystId"],
        where: { analystId: { in: analysts.map((analyst) => analyst.id) } },
        _count: { _all: true, outcome: true },
      })
    : [];
  const byId = new Map(counts.map((row) => [row.analystId, row._count]));
  const last = analysts.at(-1);
  return {
    items: analysts.map((analyst) => ({
      ...analyst,
      predictions: byId.get(analyst.id)?._all ?? 0,
      judged: byId.get(analyst.id)?.outcome ?? 0,
    })),
    nextCursor: rows.length > input.limit && last ? encodeNameCursor({ name: last.name, id: last.id }) : null,
  };
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
