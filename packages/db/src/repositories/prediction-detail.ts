import {
  DomainError,
  quoteFoundVerbatim,
  type AuditRecord,
  type JudgementRecord,
  type PredictionDetail,
} from "@hindsight/domain";
import type { Database } from "../client";
import { summaryColumns, summaryJoins, toSummary, type SummaryRow } from "./prediction-summary";

/** A prediction row with its analyst, source and parent flattened, and its lists as JSON. */
interface DetailRow extends SummaryRow {
  criteria: string | null;
  condition: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  credit: number | null;
  resolvedAt: Date | null;
  updatedAt: Date;
  parentId: string | null;
  parentClaim: string | null;
  questionKey: string | null;
  questionTitle: string | null;
  questionOutcome: PredictionDetail["outcome"];
  negated: boolean;
  sourceArchiveUrl: string | null;
  sourceTextSha256: string | null;
  sourceText: string | null;
  parts: PredictionDetail["parts"];
  /** Timestamps arrive as ISO text inside JSON. */
  judgements: (Omit<JudgementRecord, "resolvedAt" | "createdAt"> & { resolvedAt: string | null; createdAt: string })[];
  history: (Omit<AuditRecord, "at"> & { at: string })[];
}

/**
 * A prediction with its source, parts, whole judgement history and audit trail, in one statement:
 * the row and its joined analyst, source and parent, and the tags, parts, judgements (newest first,
 * with who judged) and audit events (newest first, with who acted) aggregated beside it. Timestamps
 * inside the JSON are the UTC columns turned into timestamptz, so their text carries the offset.
 */
export async function getPredictionDetail(db: Database, id: string): Promise<PredictionDetail> {
  const [row] = await db.$queryRaw<DetailRow[]>`
    SELECT ${summaryColumns},
      p."criteria", p."condition", p."quoteStart", p."quoteEnd",
      p."probabilityLow", p."probabilityHigh", p."credit", p."resolvedAt", p."updatedAt",
      s."archiveUrl" AS "sourceArchiveUrl", s."textSha256" AS "sourceTextSha256", s."text" AS "sourceText",
      parent."id" AS "parentId", parent."claim" AS "parentClaim",
      q."key" AS "questionKey", q."title" AS "questionTitle", q."outcome"::text AS "questionOutcome", p."negated",
      coalesce((SELECT json_agg(json_build_object('id', part."id", 'claim', part."claim", 'outcome', part."outcome")
          ORDER BY part."createdAt", part."id")
        FROM "prediction" part WHERE part."parentId" = p."id"), '[]') AS "parts",
      coalesce((SELECT json_agg(json_build_object('id', j."id", 'outcome', j."outcome", 'credit', j."credit",
            'resolvedAt', to_json(j."resolvedAt" AT TIME ZONE 'UTC'), 'note', j."note", 'evidence', j."evidence",
            'basedOnVersion', j."basedOnVersion", 'createdAt', to_json(j."createdAt" AT TIME ZONE 'UTC'),
            'judgedBy', CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('id', u."id", 'name', u."name") END)
          ORDER BY j."createdAt" DESC, j."id" DESC)
        FROM "judgement" j LEFT JOIN "user" u ON u."id" = j."judgedById"
        WHERE j."predictionId" = p."id"), '[]') AS "judgements",
      coalesce((SELECT json_agg(json_build_object('id', e."id", 'at', to_json(e."at" AT TIME ZONE 'UTC'), 'action', e."action",
            'before', e."before", 'after', e."after",
            'actor', CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('id', u."id", 'name', u."name") END)
          ORDER BY e."at" DESC, e."id" DESC)
        FROM "audit_event" e LEFT JOIN "user" u ON u."id" = e."actorId"
        WHERE e."entity" = 'prediction' AND e."entityId" = p."id"), '[]') AS "history"
    FROM "prediction" p
    ${summaryJoins}
    LEFT JOIN "prediction" parent ON parent."id" = p."parentId"
    LEFT JOIN "question" q ON q."id" = p."questionId"
    WHERE p."id" = ${id}`;
  if (!row) throw new DomainError("NOT_FOUND", `Prediction ${id} does not exist`);
  const summary = toSummary(row);
  const { sourceArchiveUrl, sourceTextSha256, sourceText, parentId, parentClaim } = row;
  const { questionKey, questionTitle, questionOutcome, negated, judgements, history } = row;
  return {
    ...summary,
    criteria: row.criteria,
    condition: row.condition,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    probabilityLow: row.probabilityLow,
    probabilityHigh: row.probabilityHigh,
    credit: row.credit,
    resolvedAt: row.resolvedAt,
    updatedAt: row.updatedAt,
    parts: row.parts,
    source:
      summary.source === null
        ? null
        : { ...summary.source, archiveUrl: sourceArchiveUrl, textSha256: sourceTextSha256 },
    quoteVerbatim: quoteFoundVerbatim(summary.quote, sourceText),
    parent: parentId === null ? null : { id: parentId, claim: parentClaim! },
    question:
      questionKey === null ? null : { key: questionKey, title: questionTitle!, outcome: questionOutcome, negated },
    judgements: judgements.map((judgement) => ({
      ...judgement,
      resolvedAt: judgement.resolvedAt === null ? null : new Date(judgement.resolvedAt),
      createdAt: new Date(judgement.createdAt),
    })),
    history: history.map((event) => ({ ...event, at: new Date(event.at) })),
  };
}
