import { tagSlug, type ScoreboardRow } from "@hindsight/domain";
import type { Database } from "../client";

/**
 * Every prediction in the filter with just what scoring needs: probability, outcome, credit and
 * who made it. This reads raw rows and leaves the arithmetic to the domain's buildScoreboard; the
 * per-analyst aggregates that keep it fast at scale come with the scoring issue's aggregate work.
 */
export async function scoreboardRows(db: Database, filter: { tag?: string }): Promise<ScoreboardRow[]> {
  return await db.prediction.findMany({
    where: filter.tag ? { tags: { some: { tag: { slug: tagSlug(filter.tag) } } } } : {},
    orderBy: { id: "asc" },
    select: {
      probability: true,
      outcome: true,
      credit: true,
      analyst: { select: { slug: true, name: true } },
    },
  });
}
