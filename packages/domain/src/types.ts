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
