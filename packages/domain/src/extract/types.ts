import type { Interval } from "../hedges/lexicon";

/**
 * The extractor's contract: what `extractPredictions` takes and returns. The CLI's `extract --json`
 * prints `candidates` in the docs/design.md shape; the web page and the evaluation use the rest.
 */

export type ArticleFormat = "text" | "html";

export interface ExtractOptions {
  /**
   * Publication date, UTC midnight. Deadlines in words ("by the end of next year") are counted from
   * it; without it no relative deadline is read (the clock is never consulted).
   */
  publishedAt?: Date;
  /** "html" converts markup to text first; omitted, it is sniffed from the input. */
  format?: ArticleFormat;
  /** Byline authors known from elsewhere (a form field); used when the text names none. */
  authors?: readonly string[];
}

export interface ExtractedDeadline {
  /** YYYY-MM-DD, the last day that still counts. */
  date: string;
  /** The words in the sentence the date was read from. */
  text: string;
  /** How it was worked out, in plain words. */
  explanation: string;
}

export interface ExtractedCandidate {
  /** Exact substring of `ExtractionResult.text`: `text.slice(start, end) === quote`. */
  quote: string;
  /** Offsets into `ExtractionResult.text`, in UTF-16 code units. */
  start: number;
  end: number;
  /**
   * Who makes the prediction: a quoted expert ("..., said Victor Cha"), else the byline author(s) of
   * the article part it sits in (several joined by "; "), else the only source the part credits,
   * else null for an unnamed author.
   */
  speaker: string | null;
  /**
   * How the speaker was found: "attribution" when the sentence (or the quotation or report it
   * continues) names them; "source" when no sentence does but the article part credits this
   * source alone, and the prediction comes after it is first credited; "byline", "given" (the
   * authors passed in), or "none".
   */
  speakerBasis: "attribution" | "source" | "byline" | "given" | "none";
  /**
   * What the quoted speaker is, as the article describes them: "chief economist at Baltic Bank" in
   * "said Marta Kowalczyk, chief economist at Baltic Bank". Null when the text gives none.
   */
  affiliation: string | null;
  /**
   * The claim to start from: the quote without its attribution ("said ...", "..., she said",
   * "according to ...") and quotation marks, as a sentence. The quote keeps the exact words.
   */
  claim: string;
  /** The hedge phrase as written ("may well", "unlikely", "risks"); null when none was found. */
  hedge: string | null;
  /** The lexicon's reading of the hedge; null when the lexicon has no number for it. */
  probability: number | null;
  interval: Interval | null;
  /** True when the hedge is negated ("will not", "not likely"): the probability is already flipped. */
  negated: boolean;
  conditional: boolean;
  /** The condition's words ("Trump delivers the latter"), null when not conditional. */
  condition: string | null;
  deadline: ExtractedDeadline | null;
  /** 0-1: how sure the extractor is that this is a prediction. Candidates are sorted by position. */
  confidence: number;
  /** Times the same quote occurred in the text (a scrape repeating an article); merged into one. */
  occurrences: number;
}

export interface ExtractionResult {
  /** The text the offsets refer to: the input itself for plain text, the converted text for HTML. */
  text: string;
  format: ArticleFormat;
  /** Byline authors found in the text, in order of appearance. */
  authors: string[];
  candidates: ExtractedCandidate[];
}
