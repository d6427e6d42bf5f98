import type { HedgeReading, HedgeSourceName, ProbabilitySource } from "@hindsight/domain";
import { formatInterval, formatPercent } from "./format";

/** How each published source of a hedge reading is named to readers. */
export const hedgeSourceLabels: Record<HedgeSourceName, string> = {
  "Sherman Kent 1964": "Sherman Kent 1964",
  "ICD-203": "ICD-203 standard",
  CAPphrase: "CAPphrase survey",
  "HBR 2018": "HBR 2018 survey",
  "Fagen-Ulmschneider": "Fagen-Ulmschneider survey",
  Hindsight: "Hindsight's own reading",
};

/** "could: 40% (25–50%), CAPphrase survey". */
export function describeHedgeReading(reading: Pick<HedgeReading, "phrase" | "probability" | "interval" | "entry">) {
  return `${reading.phrase}: ${formatPercent(reading.probability)} (${formatInterval(reading.interval)}), ${hedgeSourceLabels[reading.entry.source]}`;
}

export interface ProbabilityOrigin {
  /** How the number was obtained, e.g. "Stated by the analyst". */
  label: string;
  /** The reading in full for hedges ("could: 40% (25–50%), CAPphrase survey"), otherwise an explanation. */
  detail: string;
  /** Why the lexicon reads the hedge so, when it does. */
  basis: string | null;
}

export interface ProbabilityFacts {
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  probabilityLow?: number | null;
  probabilityHigh?: number | null;
}

/**
 * The hedge lexicon's reading of a phrase (`lookupHedge` of the domain). Passed in rather than
 * imported, so that a page in the browser can load the lexicon (about 3 kB gzipped) only when a
 * prediction's probability came from a hedge (prediction-facts.tsx).
 */
export type HedgeLookup = (phrase: string) => HedgeReading | null;

/** Says where a prediction's probability came from: a number the analyst gave, their hedge words, or the recorder. */
export function probabilityOrigin(facts: ProbabilityFacts, lookupHedge: HedgeLookup): ProbabilityOrigin {
  const stored =
    facts.probabilityLow !== null &&
    facts.probabilityLow !== undefined &&
    facts.probabilityHigh !== null &&
    facts.probabilityHigh !== undefined
      ? ([facts.probabilityLow, facts.probabilityHigh] as const)
      : null;
  switch (facts.probabilitySource) {
    case "STATED":
      return {
        label: "Stated by the analyst",
        detail: `The analyst put a number on it: ${formatPercent(facts.probability)}.`,
        basis: null,
      };
    case "ESTIMATE":
      return {
        label: "The recorder's estimate",
        detail: "The analyst gave no number and used no hedge Hindsight knows; the person who logged it estimated one.",
        basis: null,
      };
    case "HEDGE": {
      const reading = facts.hedge ? lookupHedge(facts.hedge) : null;
      const phrase = facts.hedge ?? "an unrecorded phrase";
      if (!reading) {
        return {
          label: `From the hedge “${phrase}”`,
          detail: stored
            ? `${phrase}: ${formatPercent(facts.probability)} (${formatInterval(stored)})`
            : `${phrase}: ${formatPercent(facts.probability)}`,
          basis: null,
        };
      }
      return {
        label: `From the hedge “${phrase}”`,
        detail: describeHedgeReading({
          ...reading,
          probability: facts.probability,
          interval: stored ?? reading.interval,
        }),
        basis: reading.entry.basis,
      };
    }
  }
}

const wordCharacter = /[\p{L}\p{N}]/u;
const sameApostrophes = (text: string) => text.replace(/[’‘]/g, "'").toLowerCase();

/**
 * Where the hedge phrase stands in the quote (the first occurrence as a whole word, ignoring case
 * and curly apostrophes), so it can be highlighted; null when the quote does not contain it.
 */
export function findHedge(quote: string, hedge: string | null): { start: number; end: number } | null {
  const wanted = hedge ? sameApostrophes(hedge.trim()) : "";
  if (!wanted) return null;
  const text = sameApostrophes(quote);
  for (let start = text.indexOf(wanted); start !== -1; start = text.indexOf(wanted, start + 1)) {
    const end = start + wanted.length;
    const before = start > 0 ? text.charAt(start - 1) : "";
    const after = text.charAt(end);
    if (!wordCharacter.test(before) && !wordCharacter.test(after)) return { start, end };
  }
  return null;
}
