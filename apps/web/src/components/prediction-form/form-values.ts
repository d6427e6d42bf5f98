import {
  createPredictionInput,
  lookupHedge,
  parseDeadline,
  parseIsoDate,
  parseProbability,
  type DeadlineParse,
  type HedgeReading,
} from "@hindsight/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldPath, Resolver } from "react-hook-form";
import { get, set } from "react-hook-form";
import type { z } from "zod";
import { placeFieldErrors } from "@/lib/field-errors";
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
  /**
   * The probability as typed, a percentage ("60", "60%"; "0.6" reads as 60% too), read with the
   * domain's parseProbability into the number from 0 to 1 the schema takes.
   */
  probability: string;
  deadlineMode: "date" | "words";
  deadlineWords: string;
  /** The end of the term of office, for deadlines such as "before the end of his term". */
  termEnd: string;
  probabilityMode: "number" | "words";
  hedgeWords: string;
  /**
   * The parts of a compound claim, one row each. Objects, not strings, because useFieldArray keys
   * its rows by object; toSchemaInput sends the schema the list of strings it takes.
   */
  parts: PartEntry[];
}

/** One part of a compound claim, as a row of the form. */
export interface PartEntry {
  claim: string;
}

/** The most parts the schema accepts. */
export const MAX_PARTS = 10;
/** The fewest parts a split has: one part is no split. */
export const MIN_PARTS = 2;

export type PredictionFormValues = Omit<PredictionSchemaInput, "parts" | "probability"> & PredictionFormEntry;
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
    probability: "",
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
    parts: [],
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

type EntryProblems = Partial<Record<"deadlineWords" | "termEnd" | "hedgeWords" | "probability", string>>;

/**
 * What the form means, before the schema sees it: an all-blank source group is no source at all,
 * a condition hidden by unticking the box is not sent, a deadline in words becomes its date and
 * hedge words their probability (with probabilitySource HEDGE), a typed probability its number
 * from 0 to 1, and the rows of parts become the list of claims the schema takes. Words or numbers
 * that cannot be read are returned as problems for their own fields.
 */
export function toSchemaInput(values: PredictionFormValues): { input: PredictionSchemaInput; problems: EntryProblems } {
  const {
    deadlineMode,
    deadlineWords: _deadlineWords,
    termEnd: _termEnd,
    probabilityMode,
    hedgeWords,
    probability: typed,
    parts: partRows,
    ...schemaValues
  } = values;
  const problems: EntryProblems = {};
  const source = values.source && Object.values(values.source).every(isBlank) ? undefined : values.source;
  const condition = values.conditional ? values.condition : undefined;
  const parts = partRows.map((part) => part.claim);
  // A blank or unreadable probability stays absent (the schema then refuses it too), never 0.
  const input: PredictionSchemaInput = { ...schemaValues, probability: undefined, source, condition, parts };

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
      input.interval = [hedge.reading.interval[0], hedge.reading.interval[1]];
    } else {
      input.probability = undefined;
      problems.hedgeWords = hedge ? hedge.reason : "Type the hedge words used, such as “could” or “likely”";
    }
  } else {
    const read = parseProbability(typed);
    if (read.ok) input.probability = read.value;
    else problems.probability = read.message;
    input.hedge = undefined;
    input.interval = undefined;
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
  const schemaErrors = result.errors as FieldErrors<PredictionFormValues>;
  if (extra.length === 0 && !schemaErrors.parts)
    return result as Awaited<ReturnType<Resolver<PredictionFormValues, unknown, PredictionFormOutput>>>;
  const errors = nestPartErrors({ ...schemaErrors });
  for (const [path, message] of extra) set(errors, path, { type: "validate", message });
  return { values: {}, errors };
};

type PartsErrors = NonNullable<FieldErrors<PredictionFormValues>["parts"]>;

const isErrorEntry = (value: unknown): value is { type?: unknown; message: string } =>
  typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string";

/**
 * The schema reports a part's error at "parts.N" (a list of strings), but the form's input for it
 * is "parts.N.claim": move each there. The group's own error ("Split a claim into two parts or
 * more") goes to "parts.root", where react-hook-form keeps a field array's errors.
 */
export function nestPartErrors(errors: FieldErrors<PredictionFormValues>): FieldErrors<PredictionFormValues> {
  const entry: unknown = errors.parts;
  if (!entry || typeof entry !== "object") return errors;
  const found = entry as Record<string, unknown>;
  const nested: unknown[] & { root?: { type?: unknown; message: string } } = [];
  for (const key of Object.keys(found)) {
    if (!/^\d+$/.test(key)) continue;
    const item = found[key];
    if (isErrorEntry(item)) nested[Number(key)] = { claim: item };
    else if (item && typeof item === "object" && isErrorEntry((item as { claim?: unknown }).claim))
      nested[Number(key)] = item;
  }
  const root = isErrorEntry(found.root) ? found.root : isErrorEntry(found) ? found : null;
  if (root) nested.root = { type: root.type, message: root.message };
  const result = { ...errors };
  if (nested.length > 0 || nested.root) result.parts = nested as unknown as PartsErrors;
  else delete result.parts;
  return result;
}

/** The error of the parts as a group (too few, too many), wherever it was put: "parts.root" or "parts". */
export function partsGroupError(errors: FieldErrors<PredictionFormValues>): string | undefined {
  const entry: unknown = errors.parts;
  if (!entry || typeof entry !== "object") return undefined;
  const { root } = entry as { root?: unknown };
  if (isErrorEntry(root) && root.message) return root.message;
  return isErrorEntry(entry) && entry.message ? entry.message : undefined;
}

/**
 * Places the API's field errors on the form. A part's error ("parts[1]") goes on that part's
 * input, when the form has that row; the group's error ("parts"), and a part's the form has no row
 * for, on the parts as a group. Everything else as placeFieldErrors places it.
 */
export function placePredictionFieldErrors(
  fieldErrors: Readonly<Record<string, string>>,
  partCount: number,
): { onFields: [PredictionFormPath, string][]; unplaced: string[] } {
  const rest: Record<string, string> = {};
  const onParts = new Map<PredictionFormPath, string>();
  for (const [path, message] of Object.entries(fieldErrors)) {
    if (!/^parts(?:$|[.[])/.test(path)) {
      rest[path] = message;
      continue;
    }
    const index = /^parts(?:\[(\d+)\]|\.(\d+))/.exec(path);
    const row = index ? Number(index[1] ?? index[2]) : null;
    const target: PredictionFormPath = row !== null && row < partCount ? `parts.${row}.claim` : "parts";
    if (!onParts.has(target)) onParts.set(target, message);
  }
  const { onFields, unplaced } = placeFieldErrors(rest, formFieldPaths);
  return { onFields: [...onFields, ...onParts], unplaced };
}

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
