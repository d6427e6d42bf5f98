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
  /** Someone disputes its judgement and no editor has answered yet (docs/disputes.md). */
  disputed: boolean;
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

/** What a source keeps to show its text was not changed unseen (issue 16): the text's hash and an archived copy. */
export interface SourceIntegrity {
  /** SHA-256 of the stored article text (UTF-8, lower-case hex); null when no text is stored. */
  textSha256: string | null;
  /** An archived copy of the article, http or https. */
  archiveUrl: string | null;
}

/** A source with its byline, integrity facts, how many quotes stand verbatim in its text, and its change history. */
export interface SourceDetail extends Source, SourceIntegrity {
  authors: string[];
  /** Predictions citing the source that have a quote, and of those, how many are found verbatim in its text. */
  quotes: { total: number; verbatim: number };
  /** Newest first. */
  history: AuditRecord[];
}

export interface PredictionDetail extends PredictionSummary {
  source: (NonNullable<PredictionSummary["source"]> & SourceIntegrity) | null;
  /** The quote found verbatim in the source's stored text (quoteFoundVerbatim); null: no quote or no text. */
  quoteVerbatim: boolean | null;
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
