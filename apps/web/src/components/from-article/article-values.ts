import {
  logArticleInput,
  parseProbability,
  probabilityToPercentText,
  type ExtractedCandidate,
  type ExtractionResult,
  type LogArticleFormValues,
} from "@hindsight/domain";
import type { FieldErrors, FieldPath, Resolver, ResolverResult } from "react-hook-form";
import { get, set } from "react-hook-form";
import { parseTags } from "@/lib/format";

/**
 * The "Add from article" form: the source, then one card per candidate the extractor found, each
 * turned into a prediction of logArticleInput (the domain's schema, checked before sending and
 * again by the server) when it is ticked.
 */

export interface SourceValues {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  /** Byline names as typed, separated by commas or semicolons. */
  authors: string;
}

/** What the editor can change about a candidate; the quote and its offsets stay as found. */
export interface CardValues {
  keep: boolean;
  claim: string;
  speaker: string;
  /**
   * As typed, a percentage ("40", "40%"; "0.4" reads as 40% too), read with the domain's
   * parseProbability; the hedge's reading ("40%") until changed.
   */
  probability: string;
  /** Where a number the editor typed comes from; a number equal to the hedge's reading is HEDGE. */
  probabilitySource: "ESTIMATE" | "STATED";
  conditional: boolean;
  condition: string;
  resolveBy: string;
  /** Comma-separated, as typed. */
  tags: string;
}

export interface ArticleFormValues {
  source: SourceValues;
  cards: CardValues[];
}

export type ArticleFormPath = FieldPath<ArticleFormValues>;

export const emptySource = (): SourceValues => ({ title: "", outlet: "", url: "", publishedAt: "", authors: "" });

/** "Mara Quill; John Roe, Ann Lee" -> three names, blanks and repeats dropped. */
export function splitAuthors(text: string): string[] {
  const names = text
    .split(/[;,]/)
    .map((name) => name.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  return [...new Set(names)];
}

/**
 * The claim to start from, for a quote with no claim from the extractor: the quote as a sentence of
 * its own, without its closing full stop.
 */
export function claimFromQuote(quote: string): string {
  const trimmed = quote.trim().replace(/[.;:,]+$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * The first person a candidate is attributed to: the quoted expert, else the byline (of the part
 * it sits in, or the form's), else nobody. Several byline authors are one analyst each, so only the
 * first is proposed; the card says who else signed.
 */
export function proposedSpeaker(candidate: Pick<ExtractedCandidate, "speaker">, byline: readonly string[]): string {
  return splitAuthors(candidate.speaker ?? "")[0] ?? byline[0] ?? "";
}

export function cardFromCandidate(candidate: ExtractedCandidate, byline: readonly string[]): CardValues {
  return {
    keep: true,
    // The extractor's claim leaves the attribution out ("said Marta Kowalczyk, chief economist at
    // X"); the quote keeps the exact words.
    claim: candidate.claim.trim() !== "" ? candidate.claim : claimFromQuote(candidate.quote),
    speaker: proposedSpeaker(candidate, byline),
    probability: candidate.probability === null ? "" : probabilityToPercentText(candidate.probability),
    probabilitySource: "ESTIMATE",
    conditional: candidate.conditional,
    condition: candidate.condition ?? "",
    resolveBy: candidate.deadline?.date ?? "",
    tags: "",
  };
}

/**
 * True while the card's number is the hedge's reading (however written: "40%", "40", "0.4"): the
 * probability is then logged as read from the hedge.
 */
export function isHedgeReading(
  card: Pick<CardValues, "probability">,
  candidate: Pick<ExtractedCandidate, "hedge" | "probability">,
): boolean {
  if (candidate.hedge === null || candidate.probability === null) return false;
  const read = parseProbability(card.probability);
  return read.ok && Math.abs(read.value - candidate.probability) < 1e-9;
}

/** The schema's limit on an analyst's affiliation. */
const AFFILIATION_LIMIT = 200;

/**
 * The apposition found with a quoted speaker ("chief economist at Baltic Bank"), sent as the new
 * analyst's affiliation while the card still names that speaker; none once the editor names
 * someone else.
 */
export function affiliationFor(
  card: Pick<CardValues, "speaker">,
  candidate: Pick<ExtractedCandidate, "speaker" | "speakerBasis" | "affiliation">,
): string | undefined {
  const affiliation = candidate.affiliation?.trim();
  const named = candidate.speakerBasis === "attribution" || candidate.speakerBasis === "source";
  if (!affiliation || !named || affiliation.length > AFFILIATION_LIMIT) return undefined;
  const sameName = (a: string, b: string) =>
    a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
  return sameName(card.speaker, candidate.speaker ?? "") ? affiliation : undefined;
}

/**
 * The request for the ticked cards, which card each of its predictions came from, and the
 * problems of probabilities typed that cannot be read (sent as absent, so the schema refuses them
 * too; the form shows these messages instead, which say what to type).
 */
export function toLogInput(
  values: ArticleFormValues,
  extraction: Pick<ExtractionResult, "text" | "candidates">,
): { input: LogArticleFormValues; ticked: number[]; problems: [`cards.${number}.probability`, string][] } {
  const ticked: number[] = [];
  const predictions: LogArticleFormValues["predictions"] = [];
  const problems: [`cards.${number}.probability`, string][] = [];
  values.cards.forEach((card, index) => {
    const candidate = extraction.candidates[index];
    if (!card.keep || !candidate) return;
    ticked.push(index);
    const fromHedge = isHedgeReading(card, candidate);
    const affiliation = affiliationFor(card, candidate);
    const probability = parseProbability(card.probability);
    if (!probability.ok) problems.push([`cards.${index}.probability`, probability.message]);
    predictions.push({
      analyst: { mode: "new", name: card.speaker, ...(affiliation ? { affiliation } : {}) },
      quote: candidate.quote,
      quoteStart: candidate.start,
      quoteEnd: candidate.end,
      claim: card.claim,
      // A blank or unreadable probability stays absent (an error), never 0.
      probability: probability.ok ? probability.value : undefined,
      probabilitySource: fromHedge ? "HEDGE" : card.probabilitySource,
      ...(fromHedge && candidate.interval
        ? { hedge: candidate.hedge ?? undefined, interval: [candidate.interval[0], candidate.interval[1]] as const }
        : {}),
      conditional: card.conditional,
      condition: card.conditional ? card.condition : undefined,
      resolveBy: card.resolveBy,
      tags: parseTags(card.tags),
    });
  });
  const { authors, ...source } = values.source;
  return {
    input: { source: { ...source, authors: splitAuthors(authors), text: extraction.text }, predictions },
    ticked,
    problems,
  };
}

/** "predictions[2].analyst.name" -> ["predictions", 2, "analyst", "name"]. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
  }
  return segments;
}

/**
 * Which field of a card shows an error about a prediction's field. The quote cannot be edited, so
 * an error about it is the card's own, shown by its tick box.
 */
const cardFieldFor: Record<string, keyof CardValues> = {
  analyst: "speaker",
  claim: "claim",
  probability: "probability",
  probabilitySource: "probability",
  hedge: "probability",
  interval: "probability",
  conditional: "conditional",
  condition: "condition",
  resolveBy: "resolveBy",
  tags: "tags",
  quote: "keep",
  quoteStart: "keep",
  quoteEnd: "keep",
};

const sourceFields = new Set(["title", "outlet", "url", "publishedAt", "authors"]);

/** Where an error is shown: a card's field, a source field, the article itself, or above the form. */
export type ErrorPlace =
  | { kind: "field"; path: `cards.${number}.${keyof CardValues}` | `source.${keyof SourceValues}` }
  | { kind: "article" }
  | { kind: "form" };

/**
 * Places an error of logArticleInput (from the schema here or from the server) on the form: a
 * prediction's on the card it came from (`predictions[1]` is the second ticked card), a source
 * field's on that field, the text's on the article.
 */
export function placeArticleError(segments: readonly (string | number)[], ticked: readonly number[]): ErrorPlace {
  const [head, second, third] = segments;
  if (head === "predictions" && typeof second === "number") {
    const card = ticked[second];
    const field = typeof third === "string" ? cardFieldFor[third] : undefined;
    if (card !== undefined && field) return { kind: "field", path: `cards.${card}.${field}` };
    return { kind: "form" };
  }
  if (head === "source" && second === "text") return { kind: "article" };
  if (head === "source" && typeof second === "string" && sourceFields.has(second)) {
    return { kind: "field", path: `source.${second as keyof SourceValues}` };
  }
  return { kind: "form" };
}

export interface PlacedErrors {
  onFields: [ArticleFormPath, string][];
  article: string | null;
  unplaced: string[];
}

/** Every error placed, the first one at a place winning. */
export function placeArticleErrors(
  errors: Iterable<readonly [readonly (string | number)[], string]>,
  ticked: readonly number[],
): PlacedErrors {
  const onFields = new Map<string, string>();
  let article: string | null = null;
  const unplaced: string[] = [];
  for (const [segments, message] of errors) {
    const place = placeArticleError(segments, ticked);
    if (place.kind === "field") {
      if (!onFields.has(place.path)) onFields.set(place.path, message);
    } else if (place.kind === "article") article ??= message;
    else if (!unplaced.includes(message)) unplaced.push(message);
  }
  return { onFields: [...onFields] as PlacedErrors["onFields"], article, unplaced };
}

/** The server's field errors (keyed by path strings) as placed errors. */
export const placeServerErrors = (fieldErrors: Readonly<Record<string, string>>, ticked: readonly number[]) =>
  placeArticleErrors(
    Object.entries(fieldErrors).map(([path, message]) => [pathSegments(path), message] as const),
    ticked,
  );

/**
 * Validates the ticked cards with logArticleInput. Errors land on the cards' fields; those with no
 * field (the article's text, "tick at least one") under "root" for the form to show above it.
 */
export function articleResolver(
  extraction: () => Pick<ExtractionResult, "text" | "candidates"> | null,
): Resolver<ArticleFormValues, unknown, LogArticleFormValues> {
  type Result = ResolverResult<ArticleFormValues, LogArticleFormValues>;
  const failure = (errors: FieldErrors<ArticleFormValues>): Result => ({ values: {}, errors });
  return (values): Result => {
    const current = extraction();
    if (!current) {
      const errors: FieldErrors<ArticleFormValues> = {};
      set(errors, "root", { type: "validate", message: "Find the predictions first" });
      return failure(errors);
    }
    const { input, ticked, problems } = toLogInput(values, current);
    const result = logArticleInput.safeParse(input);
    if (result.success && problems.length === 0) return { values: input, errors: {} };
    const placed = placeArticleErrors(
      (result.success ? [] : result.error.issues).map(
        (issue) => [issue.path as (string | number)[], issue.message] as const,
      ),
      ticked,
    );
    const errors: FieldErrors<ArticleFormValues> = {};
    for (const [path, message] of placed.onFields) set(errors, path, { type: "validate", message });
    // Said in the words of the field (a percentage), over the schema's "between 0 and 1".
    for (const [path, message] of problems) set(errors, path, { type: "validate", message });
    const above = [...(placed.article ? [placed.article] : []), ...placed.unplaced];
    if (above.length > 0) set(errors, "root", { type: "validate", message: above.join(" ") });
    return failure(errors);
  };
}

/** The error message at a path of the form, if any. */
export function errorAt(errors: FieldErrors<ArticleFormValues>, path: ArticleFormPath | "root"): string | undefined {
  const entry: unknown = get(errors, path);
  if (!entry || typeof entry !== "object") return undefined;
  const message = (entry as { message?: unknown }).message;
  return typeof message === "string" && message ? message : undefined;
}

/** A run of the article's text, marked when it is a candidate's quote. */
export interface ArticleSegment {
  text: string;
  start: number;
  /** Index of the candidate whose quote this is, or null for the text between quotes. */
  candidate: number | null;
}

/**
 * The article cut into plain runs and candidates' quotes, in order. Quotes that overlap an earlier
 * one are marked from where the earlier ends (a quote wholly inside another is not marked again).
 */
export function articleSegments(
  text: string,
  candidates: readonly Pick<ExtractedCandidate, "start" | "end">[],
): ArticleSegment[] {
  const order = candidates
    .map((candidate, index) => ({ ...candidate, index }))
    .filter((candidate) => candidate.start >= 0 && candidate.end <= text.length && candidate.start < candidate.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: ArticleSegment[] = [];
  let cursor = 0;
  for (const candidate of order) {
    const start = Math.max(candidate.start, cursor);
    if (start >= candidate.end) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), start: cursor, candidate: null });
    segments.push({ text: text.slice(start, candidate.end), start, candidate: candidate.index });
    cursor = candidate.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, candidate: null });
  return segments;
}

/** The format to send for an uploaded file: HTML by its name or type, else plain text. */
export function formatOfFile(file: Pick<File, "name" | "type">): "html" | "text" {
  return /\.x?html?$/i.test(file.name) || file.type === "text/html" ? "html" : "text";
}

/** The id of a candidate's card. */
export const cardId = (index: number) => `candidate-${index}`;
/** The id of a card's field: `card-2-claim`. */
export const cardFieldId = (index: number, field: keyof CardValues) => `card-${index}-${field}`;
