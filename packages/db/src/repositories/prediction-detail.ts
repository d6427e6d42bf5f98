import { DomainError, type PredictionDetail } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { predictionSummarySelect, toSummary } from "./prediction-select";

const person = { select: { id: true, name: true } } as const;

const detailSelect = {
  ...predictionSummarySelect,
  criteria: true,
  condition: true,
  quoteStart: true,
  quoteEnd: true,
  probabilityLow: true,
  probabilityHigh: true,
  credit: true,
  resolvedAt: true,
  updatedAt: true,
  parent: { select: { id: true, claim: true } },
  parts: { select: { id: true, claim: true, outcome: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  judgements: {
    select: {
      id: true,
      outcome: true,
      credit: true,
      resolvedAt: true,
      note: true,
      evidence: true,
      basedOnVersion: true,
      createdAt: true,
      judgedBy: person,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  },
} as const satisfies Prisma.PredictionSelect;

/** A prediction with its source, parts, whole judgement history and audit trail. */
export async function getPredictionDetail(db: Database, id: string): Promise<PredictionDetail> {
  const row = await db.prediction.findUnique({ where: { id }, select: detailSelect });
  if (!row) throw new DomainError("NOT_FOUND", `Prediction ${id} does not exist`);
  const history = await db.auditEvent.findMany({
    where: { entity: "prediction", entityId: id },
    select: { id: true, at: true, action: true, before: true, after: true, actor: person },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  const { tags, parent, parts, judgements, ...rest } = row;
  return { ...toSummary({ ...rest, tags }), ...rest, parent, parts, judgements, history };
}
