import {
  createPredictionInput,
  lookupHedge,
  parseDeadline,
  parseIsoDate,
  type DeadlineParse,
  type HedgeReading,
} from "@hindsight/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldPath, Resolver } from "react-hook-form";
import { get, set } from "react-hook-form";
import type { z } from "zod";
import { toDateInputValue } from "@/lib/format";

/** What the schema takes from the form (strings from the DOM) and what it turns them into. */
export type PredictionSchemaInput = z.input<typeof createPredictionInput>;
export type PredictionFormOutput = z.output<typeof createPredictionInput>;

/**
 * How the recorder entered what the schema wants in another form: the deadline as a date or in
 * words (read with parseDeadline), the probability as a number or as the hedge words used (read
 * with lookupHedge).
 */
export interface PredictionFormEntry {
  deadlineMode: "date" | "words";
  deadlineWords: string;
  /** The end of the term of office, for deadlines such as "before the end of his term". */
  termEnd: string;
  probabilityMode: "number" | "words";
  hedgeWords: string;
}

export type PredictionFormValues = PredictionSchemaInput & PredictionFormEntry;
export type PredictionFormPath = FieldPath<PredictionFormValues>;

/** Fields the form shows, where errors from the schema or the server can be placed. */
export const formFieldPaths = [
  "analyst",
  "analyst.id",
  "analyst.name",
  "analyst.affiliation",
  "source",
  "source.title",
  "source.outlet",
  "source.url",
  "source.publishedAt",
  "quote",
  "claim",
  "criteria",
  "madeAt",
  "resolveBy",
  "deadlineWords",
  "termEnd",
  "probability",
  "probabilitySource",
  "hedge",
  "hedgeWords",
  "conditional",
  "condition",
  "tags",
] as const satisfies readonly PredictionFormPath[];

export function emptyPredictionForm(today: Date): PredictionFormValues {
  return {
    analyst: { mode: "existing", id: "" },
    source: { title: "", outlet: "", url: "", publishedAt: "" },
    quote: "",
    claim: "",
    criteria: "",
    madeAt: toDateInputValue(today),
    resolveBy: "",
    // undefined, not "": the schema coerces "" to 0, and a blank probability must be an error.
    probability: undefined,
    probabilitySource: "STATED",
    hedge: "",
    conditional: false,
    condition: "",
    tags: [],
    deadlineMode: "date",
    deadlineWords: "",
    termEnd: "",
    probabilityMode: "number",
    hedgeWords: "",
  };
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const dateOf = (value: unknown): Date | null => (typeof value === "string" ? parseIsoDate(value) : null);

/** Words that speak of a term of office: the deadline then needs the term's end date. */
export const mentionsTerm = (words: string) => /\b(term|office|mandate|tenure|presidency|premiership)\b/i.test(words);

/**
 * The deadline written in words, read relative to the source's publication date (or, without a
 * source, the date made); null while nothing is written.
 */
export function readDeadlineWords(
  values: Pick<PredictionFormValues, "deadlineWords" | "termEnd" | "source" | "madeAt">,
): DeadlineParse | null {
  if (values.deadlineWords.trim() === "") return null;
  const reference = dateOf(values.source?.publishedAt) ?? dateOf(values.madeAt);
  if (!reference)
    return { ok: false, reason: "Enter the publication date (or the date made) first: the words are counted from it" };
  const termEnd = dateOf(values.termEnd) ?? undefined;
  return parseDeadline(values.deadlineWords, termEnd ? { reference, termEnd } : { reference });
}

export const UNKNOWN_HEDGE = "Hindsight doesn't know this phrase; enter a number";

/** The hedge words read with the lexicon; null while nothing is written. Never a guess. */
export function readHedgeWords(
  words: string,
): { ok: true; reading: HedgeReading } | { ok: false; reason: string } | null {
  if (words.trim() === "") return null;
  const reading = lookupHedge(words);
  return reading ? { ok: true, reading } : { ok: false, reason: UNKNOWN_HEDGE };
}

type EntryProblems = Partial<Record<"deadlineWords" | "termEnd" | "hedgeWords", string>>;

/**
 * What the form means, before the schema sees it: an all-blank source group is no source at all,
 * a condition hidden by unticking the box is not sent, a deadline in words becomes its date and
 * hedge words their probability (with probabilitySource HEDGE). Words that cannot be read are
 * returned as problems for their own fields.
 */
export function toSchemaInput(values: PredictionFormValues): { input: PredictionSchemaInput; problems: EntryProblems } {
  const {
    deadlineMode,
    deadlineWords: _deadlineWords,
    termEnd: _termEnd,
    probabilityMode,
    hedgeWords,
    ...schemaValues
  } = values;
  const problems: EntryProblems = {};
  const source = values.source && Object.values(values.source).every(isBlank) ? undefined : values.source;
  const condition = values.conditional ? values.condition : undefined;
  const input: PredictionSchemaInput = { ...schemaValues, source, condition };

  if (deadlineMode === "words") {
    const deadline = readDeadlineWords(values);
    if (deadline?.ok) input.resolveBy = deadline.date.toISOString().slice(0, 10);
    else {
      input.resolveBy = "";
      if (deadline) problems.deadlineWords = deadline.reason;
      else problems.deadlineWords = "Write the deadline in words, or switch to a date";
      if (deadline && mentionsTerm(values.deadlineWords) && isBlank(values.termEnd)) {
        problems.termEnd = "Enter the date the term ends";
      }
    }
  }

  if (probabilityMode === "words") {
    const hedge = readHedgeWords(hedgeWords);
    if (hedge?.ok) {
      input.probability = hedge.reading.probability;
      input.probabilitySource = "HEDGE";
      input.hedge = hedgeWords.trim();
    } else {
      input.probability = undefined;
      problems.hedgeWords = hedge ? hedge.reason : "Type the hedge words used, such as “could” or “likely”";
    }
  } else {
    input.hedge = undefined;
    if (input.probabilitySource === "HEDGE") input.probabilitySource = "STATED";
  }
  return { input, problems };
}

const schemaResolver = zodResolver(createPredictionInput);

/** The shared domain schema, applied to what the form means, plus the problems of words it could not read. */
export const predictionFormResolver: Resolver<PredictionFormValues, unknown, PredictionFormOutput> = async (
  values,
  context,
  options,
) => {
  const { input, problems } = toSchemaInput(values);
  const result = await schemaResolver(input, context, options as never);
  const extra = Object.entries(problems);
  if (extra.length === 0)
    return result as Awaited<ReturnType<Resolver<PredictionFormValues, unknown, PredictionFormOutput>>>;
  const errors: FieldErrors<PredictionFormValues> = { ...(result.errors as FieldErrors<PredictionFormValues>) };
  for (const [path, message] of extra) set(errors, path, { type: "validate", message });
  return { values: {}, errors };
};

/**
 * The first error message at a path. Array fields (tags) keep item errors under their index, so
 * look one level down when the field itself has none.
 */
export function errorMessageAt(
  errors: FieldErrors<PredictionFormValues>,
  path: PredictionFormPath,
): string | undefined {
  const entry: unknown = get(errors, path);
  return firstMessage(entry, 2);
}

function firstMessage(entry: unknown, depth: number): string | undefined {
  if (!entry || typeof entry !== "object") return undefined;
  const message = (entry as { message?: unknown }).message;
  if (typeof message === "string" && message) return message;
  if (depth === 0 || !Array.isArray(entry)) return undefined;
  for (const item of entry) {
    const found = firstMessage(item, depth - 1);
    if (found) return found;
  }
  return undefined;
}
