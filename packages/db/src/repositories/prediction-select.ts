import type { PredictionSummary } from "@hindsight/domain";
import type { Prisma } from "../generated/prisma/client";

export const predictionSummarySelect = {
  id: true,
  key: true,
  claim: true,
  quote: true,
  madeAt: true,
  resolveBy: true,
  probability: true,
  probabilitySource: true,
  hedge: true,
  conditional: true,
  outcome: true,
  version: true,
  createdAt: true,
  analyst: { select: { id: true, slug: true, name: true } },
  source: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
  tags: { select: { tag: { select: { slug: true } } }, orderBy: { tag: { slug: "asc" } } },
  _count: { select: { disputes: { where: { status: "OPEN" } } } },
} as const satisfies Prisma.PredictionSelect;

export type SummaryRow = Prisma.PredictionGetPayload<{ select: typeof predictionSummarySelect }>;

export const toSummary = ({ tags, _count, ...row }: SummaryRow): PredictionSummary => ({
  ...row,
  tags: tags.map((link) => link.tag.slug),
  disputed: _count.disputes > 0,
});
