import {
  isLikelyRepeat,
  predictionRepeatScore,
  slugify,
  stemOverlap,
  type CandidateRepeats,
  type FindRepeatsInput,
  type RepeatMatch,
} from "@hindsight/domain";
import type { Database } from "../client";

/** Rows full-text search hands over per candidate, each kind, before the score decides. */
const ROWS_PER_CANDIDATE = 10;
/** Matches shown per candidate. */
const MATCHES_PER_CANDIDATE = 3;

interface RepeatRow {
  index: number;
  kind: "prediction" | "question";
  id: string;
  key: string | null;
  text: string;
  analystSlug: string | null;
  analystName: string | null;
  candidateWords: string[];
  claimWords: string[];
  quoteWords: string[];
}

/**
 * For each candidate claim, the predictions and questions already in the ledger it likely repeats.
 * Full-text search (the `prediction_search` index, and the same expression over questions) finds
 * the rows sharing any word stem with the claim, best ranked first; the domain's score over the
 * stems decides (isLikelyRepeat). Candidates without a likely repeat are left out.
 */
export async function findRepeats(db: Database, input: FindRepeatsInput): Promise<CandidateRepeats[]> {
  if (input.candidates.length === 0) return [];
  const claims = input.candidates.map((candidate) => candidate.claim);
  const rows = await db.$queryRaw<RepeatRow[]>`
    WITH "candidate" AS (
      SELECT (c."ordinality" - 1)::int AS "index",
        tsvector_to_array(to_tsvector('english', c."claim")) AS "words",
        nullif(replace(plainto_tsquery('english', c."claim")::text, '&', '|'), '')::tsquery AS "query"
      FROM unnest(${claims}::text[]) WITH ORDINALITY AS c("claim", "ordinality")
    )
    SELECT c."index", m."kind", m."id", m."key", m."text", m."analystSlug", m."analystName",
      c."words" AS "candidateWords", m."claimWords", m."quoteWords"
    FROM "candidate" c
    CROSS JOIN LATERAL (
      SELECT 'prediction' AS "kind", p."id", NULL::text AS "key", p."claim" AS "text",
        a."slug" AS "analystSlug", a."name" AS "analystName",
        tsvector_to_array(to_tsvector('english', p."claim")) AS "claimWords",
        tsvector_to_array(to_tsvector('english', coalesce(p."quote", ''))) AS "quoteWords"
      FROM "prediction" p JOIN "analyst" a ON a."id" = p."analystId"
      WHERE to_tsvector('english', p."claim" || ' ' || coalesce(p."quote", '')) @@ c."query"
      ORDER BY ts_rank(to_tsvector('english', p."claim" || ' ' || coalesce(p."quote", '')), c."query") DESC, p."id"
      LIMIT ${ROWS_PER_CANDIDATE}
    ) m
    WHERE c."query" IS NOT NULL
    UNION ALL
    SELECT c."index", 'question', q."id", q."key", q."title", NULL, NULL, c."words",
      tsvector_to_array(to_tsvector('english', q."title")), ARRAY[]::text[]
    FROM "candidate" c
    CROSS JOIN LATERAL (
      SELECT q."id", q."key", q."title" FROM "question" q
      WHERE to_tsvector('english', q."title" || ' ' || coalesce(q."criteria", '')) @@ c."query"
      ORDER BY ts_rank(to_tsvector('english', q."title" || ' ' || coalesce(q."criteria", '')), c."query") DESC, q."id"
      LIMIT ${ROWS_PER_CANDIDATE}
    ) q
    WHERE c."query" IS NOT NULL`;
  const speakers = input.candidates.map((candidate) => speakerSlugs(candidate.speaker ?? null));
  const found = new Map<number, RepeatMatch[]>();
  for (const row of rows) {
    const match = toMatch(row, speakers[row.index] ?? new Set());
    if (!match) continue;
    found.set(row.index, [...(found.get(row.index) ?? []), match]);
  }
  return [...found.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, matches]) => ({
      index,
      matches: matches.sort(byStrength).slice(0, MATCHES_PER_CANDIDATE),
    }));
}

/** A row as a match, when its score flags a likely repeat. */
function toMatch(row: RepeatRow, speakers: ReadonlySet<string>): RepeatMatch | null {
  if (row.kind === "question") {
    const score = stemOverlap(row.candidateWords, row.claimWords);
    return isLikelyRepeat(score, false) && row.key ? { kind: "question", key: row.key, title: row.text, score } : null;
  }
  const score = predictionRepeatScore(row.candidateWords, { claim: row.claimWords, quote: row.quoteWords });
  const sameAnalyst = row.analystSlug !== null && speakers.has(row.analystSlug);
  if (!isLikelyRepeat(score, sameAnalyst)) return null;
  return {
    kind: "prediction",
    id: row.id,
    claim: row.text,
    analyst: { slug: row.analystSlug ?? "", name: row.analystName ?? "" },
    sameAnalyst,
    score,
  };
}

/** The same analyst's repeat first, then the higher score. */
const byStrength = (a: RepeatMatch, b: RepeatMatch): number =>
  Number(b.kind === "prediction" && b.sameAnalyst) - Number(a.kind === "prediction" && a.sameAnalyst) ||
  b.score - a.score;

/** A speaker as the analysts' slugs it may name: the extractor joins several bylines with "; ". */
function speakerSlugs(speaker: string | null): Set<string> {
  if (!speaker) return new Set();
  return new Set(
    speaker
      .split(";")
      .map((name) => slugify(name.trim()))
      .filter(Boolean),
  );
}
