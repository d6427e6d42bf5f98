import { extractPredictions } from "./extract";

/**
 * For the extractor's tests: the publication date they give, and each candidate of a plain text as
 * its quote and its speaker.
 */
export const testPublishedAt = new Date("2026-03-02T00:00:00.000Z");

export const quotesAndSpeakers = (text: string): [string, string | null][] =>
  extractPredictions(text, { publishedAt: testPublishedAt, format: "text" }).candidates.map((candidate) => [
    candidate.quote,
    candidate.speaker,
  ]);

/** Each candidate of a plain text as its speaker, hedge phrase and probability. */
export const speakersAndHedges = (text: string): [string | null, string | null, number | null][] =>
  extractPredictions(text, { publishedAt: testPublishedAt, format: "text" }).candidates.map((candidate) => [
    candidate.speaker,
    candidate.hedge,
    candidate.probability,
  ]);
