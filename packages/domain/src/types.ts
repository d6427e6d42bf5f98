import type { AuditRecord, SourceIntegrity } from "./schemas/prediction-output";

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

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A source with its byline, integrity facts, how many quotes stand verbatim in its text, and its change history. */
export interface SourceDetail extends Source, SourceIntegrity {
  authors: string[];
  /** Predictions citing the source that have a quote, and of those, how many are found verbatim in its text. */
  quotes: { total: number; verbatim: number };
  /** Newest first. */
  history: AuditRecord[];
}
