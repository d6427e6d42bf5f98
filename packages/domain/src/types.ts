import type { Outcome, ProbabilitySource } from "./schemas/prediction";

export interface Analyst {
  id: string;
  slug: string;
  name: string;
  affiliation: string | null;
}

export interface Source {
  id: string;
  key: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date;
}

export interface PredictionSummary {
  id: string;
  key: string;
  claim: string;
  quote: string | null;
  madeAt: Date;
  resolveBy: Date | null;
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  conditional: boolean;
  outcome: Outcome | null;
  version: number;
  createdAt: Date;
  analyst: Pick<Analyst, "id" | "slug" | "name">;
  source: Pick<Source, "id" | "title" | "outlet" | "url" | "publishedAt"> | null;
  tags: string[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface JudgementRecord {
  id: string;
  outcome: Outcome | null;
  credit: number | null;
  resolvedAt: Date | null;
  note: string | null;
  evidence: string[];
  basedOnVersion: number;
  createdAt: Date;
  judgedBy: { id: string; name: string } | null;
}

export interface AuditRecord {
  id: string;
  at: Date;
  action: string;
  before: unknown;
  after: unknown;
  actor: { id: string; name: string } | null;
}

export interface PredictionDetail extends PredictionSummary {
  criteria: string | null;
  condition: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  credit: number | null;
  resolvedAt: Date | null;
  updatedAt: Date;
  parent: { id: string; claim: string } | null;
  /** The question this prediction is linked to (contract v1.1); negated: it claims the opposite. */
  question: { key: string; title: string; outcome: Outcome | null; negated: boolean } | null;
  parts: { id: string; claim: string; outcome: Outcome | null }[];
  /** Newest first; the first one counts. */
  judgements: JudgementRecord[];
  /** Newest first. */
  history: AuditRecord[];
}
