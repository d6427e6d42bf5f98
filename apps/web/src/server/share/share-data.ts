import { createCaller, createContext, databaseFor } from "@hindsight/api";
import { DEFAULT_MIN_SCORED } from "@hindsight/domain";
import { env } from "@/env";
import { analystCard, predictionCard, questionCard, scoreboardCard, type CardView } from "@/lib/share/card-views";
import type { TrackRecordScores } from "@/lib/share/track-record";

/**
 * The reads behind what Hindsight publishes for other sites (cards, badge, embed, oEmbed): public
 * procedures called in-process, anonymously, as any reader would see them.
 */
export function publicCaller() {
  return createCaller(createContext({ db: databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL) }));
}

type Caller = ReturnType<typeof publicCaller>;

export interface AnalystRecord {
  slug: string;
  name: string;
  affiliation: string | null;
  predictions: number;
  judged: number;
  scores: TrackRecordScores;
}

/** An analyst with the figures of their track record (NOT_FOUND for an unknown slug). */
export async function analystRecord(caller: Caller, slug: string): Promise<AnalystRecord> {
  const analyst = await caller.analyst.bySlug({ slug });
  const [counts, scores] = await Promise.all([caller.analyst.counts({ slug }), caller.analyst.scores({ slug })]);
  return {
    slug: analyst.slug,
    name: analyst.name,
    affiliation: analyst.affiliation,
    predictions: counts.predictions,
    judged: counts.judged,
    scores: { scored: scores.scored, brier: scores.brier, brierInterval: scores.brierInterval },
  };
}

/** Each page's share card, from its route's parameter. */
export const cardViews = {
  prediction: async (caller: Caller, id: string): Promise<CardView> =>
    predictionCard(await caller.prediction.byId({ id }), new Date()),
  analyst: async (caller: Caller, slug: string): Promise<CardView> => analystCard(await analystRecord(caller, slug)),
  question: async (caller: Caller, key: string): Promise<CardView> =>
    questionCard(await caller.question.byKey({ key }), new Date()),
  scoreboard: async (caller: Caller): Promise<CardView> => {
    const page = await caller.scoreboard.page({ minScored: DEFAULT_MIN_SCORED, sort: "rank", dir: "asc", limit: 3 });
    return scoreboardCard(page.items, page.ranked, DEFAULT_MIN_SCORED);
  },
};
