import type { Outcome, ProbabilitySource } from "../schemas/prediction";

/** What a feed is narrowed to: the analyst's slug, the tag's slug, the question's key (all optional, combined). */
export interface FeedFilter {
  analyst?: string | undefined;
  tag?: string | undefined;
  question?: string | undefined;
}

/** The things a feed's filter names, looked up (each exists), for the feed's title and links. */
export interface FeedScope {
  analyst: { slug: string; name: string } | null;
  tag: { slug: string; name: string } | null;
  question: { key: string; title: string } | null;
}

interface FeedAnalyst {
  slug: string;
  name: string;
}

/** A newly logged prediction, as the predictions feed shows it. */
export interface FeedPrediction {
  id: string;
  claim: string;
  quote: string | null;
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  madeAt: Date;
  resolveBy: Date | null;
  createdAt: Date;
  updatedAt: Date;
  analyst: FeedAnalyst;
  source: { title: string; outlet: string | null; url: string | null } | null;
  tags: string[];
}

/**
 * A judgement as the judgements feed shows it. JUDGED: the prediction's first outcome; REJUDGED: an
 * outcome given after an earlier judgement or reopening (the history is appended, never rewritten);
 * REOPENED: the outcome withdrawn.
 */
export type FeedJudgementKind = "JUDGED" | "REJUDGED" | "REOPENED";

export interface FeedJudgement {
  id: string;
  kind: FeedJudgementKind;
  outcome: Outcome | null;
  /** The outcome the previous judgement of the same prediction gave (null: none, or it was a reopening). */
  previousOutcome: Outcome | null;
  credit: number | null;
  note: string | null;
  evidence: string[];
  createdAt: Date;
  judgedBy: string | null;
  /** Appended by judging the prediction's question. */
  throughQuestion: boolean;
  prediction: { id: string; claim: string; probability: number; analyst: FeedAnalyst; tags: string[] };
}

/** An open prediction whose deadline is still to come. */
export interface FeedDeadline {
  id: string;
  claim: string;
  criteria: string | null;
  probability: number;
  resolveBy: Date;
  updatedAt: Date;
  analyst: FeedAnalyst;
  tags: string[];
}
