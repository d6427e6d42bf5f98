import type { LedgerFile, Outcome, ProbabilitySource } from "@hindsight/domain";
import type { Database } from "../client";

interface QuestionRow {
  key: string;
  title: string;
  criteria: string | null;
  resolveBy: Date | null;
  references: { probability: number; source: string; asOf: string; url: string | null }[];
  outcome: Outcome | null;
  credit: number | null;
  resolvedAt: Date | null;
  note: string | null;
  evidence: string[] | null;
  judgedAt: Date | null;
}

interface PredictionRow {
  key: string;
  analyst: string;
  source: string | null;
  parent: string | null;
  question: string | null;
  negated: boolean;
  claim: string;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  criteria: string | null;
  madeAt: Date;
  resolveBy: Date | null;
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  conditional: boolean;
  condition: string | null;
  tags: string[];
  outcome: Outcome | null;
  credit: number | null;
  resolvedAt: Date | null;
  note: string | null;
  evidence: string[] | null;
  judgedAt: Date | null;
}

const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/**
 * The whole ledger as a hindsight/v1 LedgerFile: every analyst, source, question (with its
 * references, and its latest question judgement as its resolution) and prediction (with its link,
 * and its latest judgement as its resolution; none while open or reopened). Read in
 * one REPEATABLE READ transaction, so that the file is one moment's ledger even while others write.
 * Ordering and layout are the writers' business (toLedgerDocument), so this returns plain data.
 */
export async function exportLedger(db: Database): Promise<LedgerFile> {
  return await db.$transaction(
    async (tx) => {
      const analysts = await tx.analyst.findMany({ select: { slug: true, name: true, affiliation: true } });
      const sources = await tx.source.findMany({
        select: {
          key: true,
          title: true,
          outlet: true,
          url: true,
          archiveUrl: true,
          publishedAt: true,
          authors: true,
          text: true,
        },
      });
      const questions = await tx.$queryRaw<QuestionRow[]>`
        SELECT q."key", q."title", q."criteria", q."resolveBy",
          coalesce((SELECT json_agg(json_build_object('probability', r."probability", 'source', r."source",
              'asOf', r."asOf", 'url', r."url") ORDER BY r."asOf")
            FROM "question_reference" AS r WHERE r."questionId" = q."id"), '[]') AS "references",
          latest."outcome"::text AS "outcome", latest."credit", latest."resolvedAt", latest."note",
          latest."evidence", latest."createdAt" AS "judgedAt"
        FROM "question" AS q
        LEFT JOIN LATERAL (
          SELECT j."outcome", j."credit", j."resolvedAt", j."note", j."evidence", j."createdAt"
          FROM "question_judgement" AS j
          WHERE j."questionId" = q."id" ORDER BY j."createdAt" DESC, j."id" DESC LIMIT 1
        ) AS latest ON true`;
      // One query rather than Prisma's relation loading: at 100k predictions that is seconds saved.
      const predictions = await tx.$queryRaw<PredictionRow[]>`
        SELECT p."key", a."slug" AS "analyst", s."key" AS "source", parent."key" AS "parent",
          question."key" AS "question", p."negated",
          p."claim", p."quote", p."quoteStart", p."quoteEnd", p."criteria", p."madeAt", p."resolveBy",
          p."probability", p."probabilitySource"::text AS "probabilitySource", p."hedge",
          p."probabilityLow", p."probabilityHigh", p."conditional", p."condition",
          coalesce((SELECT array_agg(t."slug") FROM "prediction_tag" AS pt JOIN "tag" AS t ON t."id" = pt."tagId"
            WHERE pt."predictionId" = p."id"), '{}') AS "tags",
          latest."outcome"::text AS "outcome", latest."credit", latest."resolvedAt", latest."note",
          latest."evidence", latest."createdAt" AS "judgedAt"
        FROM "prediction" AS p
        JOIN "analyst" AS a ON a."id" = p."analystId"
        LEFT JOIN "source" AS s ON s."id" = p."sourceId"
        LEFT JOIN "prediction" AS parent ON parent."id" = p."parentId"
        LEFT JOIN "question" AS question ON question."id" = p."questionId"
        LEFT JOIN LATERAL (
          SELECT j."outcome", j."credit", j."resolvedAt", j."note", j."evidence", j."createdAt" FROM "judgement" AS j
          WHERE j."predictionId" = p."id" ORDER BY j."createdAt" DESC, j."id" DESC LIMIT 1
        ) AS latest ON true`;
      return {
        format: "hindsight/v1" as const,
        analysts: analysts.map((analyst) => ({
          slug: analyst.slug,
          name: analyst.name,
          affiliation: present(analyst.affiliation),
        })),
        sources: sources.map((source) => ({
          key: source.key,
          title: source.title,
          outlet: present(source.outlet),
          url: present(source.url),
          archiveUrl: present(source.archiveUrl),
          publishedAt: source.publishedAt,
          authors: source.authors.length ? source.authors : undefined,
          text: present(source.text),
        })),
        questions: questions.map((row) => ({
          key: row.key,
          title: row.title,
          criteria: present(row.criteria),
          resolveBy: present(row.resolveBy),
          references: row.references.map((reference) => ({
            probability: reference.probability,
            source: reference.source,
            // json_build_object writes a timestamp without its zone; it is UTC.
            asOf: new Date(`${reference.asOf}Z`),
            url: present(reference.url),
          })),
          resolution: row.outcome
            ? {
                outcome: row.outcome,
                credit: present(row.credit),
                resolvedAt: row.resolvedAt ?? row.judgedAt!,
                note: present(row.note),
                evidence: row.evidence ?? [],
              }
            : undefined,
        })),
        predictions: predictions.map((row) => ({
          key: row.key,
          analyst: row.analyst,
          source: present(row.source),
          parent: present(row.parent),
          question: present(row.question),
          negated: row.question !== null && row.negated ? true : undefined,
          claim: row.claim,
          quote: present(row.quote),
          quoteStart: present(row.quoteStart),
          quoteEnd: present(row.quoteEnd),
          criteria: present(row.criteria),
          madeAt: row.madeAt,
          resolveBy: present(row.resolveBy),
          probability: row.probability,
          probabilitySource: row.probabilitySource,
          hedge: present(row.hedge),
          interval:
            row.probabilityLow !== null && row.probabilityHigh !== null
              ? ([row.probabilityLow, row.probabilityHigh] as [number, number])
              : undefined,
          conditional: row.conditional || undefined,
          condition: present(row.condition),
          tags: row.tags,
          resolution: row.outcome
            ? {
                outcome: row.outcome,
                credit: present(row.credit),
                // Judging requires the date decided; the judgement's own time stands in for a row without one.
                resolvedAt: row.resolvedAt ?? row.judgedAt!,
                note: present(row.note),
                evidence: row.evidence ?? [],
              }
            : undefined,
        })),
      };
    },
    { isolationLevel: "RepeatableRead", timeout: 10 * 60_000 },
  );
}
