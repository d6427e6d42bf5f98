import { z } from "zod";
import type { FieldIssue } from "../errors";
import { UNKNOWN_FIELD } from "./unknown-fields";
import { MAX_SOURCE_TEXT_CHARACTERS } from "../limits";
import { outcomes, probabilitySources } from "../schemas/values";
import { date, day, optional, probability, tags, text, url } from "../schemas/fields";

/**
 * The ledger file, format "hindsight/v1" (docs/design.md, "Data contract v1", and the additions of
 * contract v1.1: questions, their references and resolutions, and links from predictions). Fields
 * beyond the contract are optional additions, documented in docs/ledger-format.md; a file written
 * to the bare contract stays valid. A field this schema does not know is refused by its path
 * (`unknownLedgerFields`) unless the caller asks to ignore it: never silently dropped.
 */
const key = z
  .string({ error: "key is required" })
  .trim()
  .min(1, "key is required")
  .max(200, "key must be at most 200 characters");

const slug = z
  .string({ error: "slug is required" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase letters and digits joined by -")
  .max(80, "slug must be at most 80 characters");

export const ledgerAnalyst = z.object({
  slug,
  name: text("name", 200),
  affiliation: optional(text("affiliation", 200)),
});

export const ledgerSource = z.object({
  key,
  title: text("title", 500),
  outlet: optional(text("outlet", 200)),
  url: optional(url("url")),
  publishedAt: day("publishedAt"),
  // Additions:
  archiveUrl: optional(url("archiveUrl")),
  authors: z.array(text("author", 200)).max(50).optional(),
  text: z
    .string()
    .max(
      MAX_SOURCE_TEXT_CHARACTERS,
      `text must be at most ${MAX_SOURCE_TEXT_CHARACTERS.toLocaleString("en")} characters`,
    )
    .optional(),
});

export const ledgerResolution = z
  .object({
    outcome: z.enum(outcomes, { error: `outcome must be one of ${outcomes.join(", ")}` }),
    credit: z.number().min(0, "credit must be between 0 and 1").max(1, "credit must be between 0 and 1").optional(),
    resolvedAt: date("resolvedAt"),
    note: optional(text("note", 5000)),
    evidence: z.array(url("evidence")).max(50).optional(),
  })
  .superRefine((resolution, context) => {
    if (resolution.outcome === "PARTIAL" && resolution.credit === undefined) {
      context.addIssue({ code: "custom", path: ["credit"], message: "credit is required for PARTIAL" });
    }
    if (resolution.outcome !== "PARTIAL" && resolution.credit !== undefined) {
      context.addIssue({ code: "custom", path: ["credit"], message: "credit is only allowed for PARTIAL" });
    }
  });

/** What a market, a crowd or a base rate said about a question on a day (contract v1.1). */
export const ledgerReference = z.object({
  probability,
  source: text("source", 300),
  asOf: date("asOf"),
  url: optional(url("url")),
});

/** One event, judged once, that several predictions may speak about (contract v1.1). */
export const ledgerQuestion = z.object({
  key,
  title: text("title", 500),
  criteria: optional(text("criteria", 2000)),
  resolveBy: optional(date("resolveBy")),
  references: z.array(ledgerReference).max(10_000, "at most 10,000 references a question").default([]),
  resolution: ledgerResolution.optional(),
});

export const ledgerPrediction = z
  .object({
    key,
    analyst: slug,
    source: key.optional(),
    claim: text("claim", 1000),
    quote: optional(text("quote", 5000)),
    madeAt: date("madeAt"),
    resolveBy: optional(date("resolveBy")),
    probability,
    hedge: optional(text("hedge", 100)),
    tags,
    resolution: ledgerResolution.optional(),
    // Additions:
    criteria: optional(text("criteria", 2000)),
    probabilitySource: z.enum(probabilitySources).optional(),
    interval: z.tuple([probability, probability]).optional(),
    conditional: z.boolean().optional(),
    condition: optional(text("condition", 1000)),
    parent: key.optional(),
    quoteStart: z.number().int().min(0).optional(),
    quoteEnd: z.number().int().min(0).optional(),
    // Contract v1.1: the question this prediction speaks about, and whether it claims the opposite.
    question: key.optional(),
    negated: z.boolean({ error: "negated must be true or false" }).optional(),
  })
  .superRefine((prediction, context) => {
    if (prediction.negated && prediction.question === undefined) {
      context.addIssue({ code: "custom", path: ["negated"], message: "only allowed with a question to negate" });
    }
    if (prediction.resolveBy && prediction.resolveBy < prediction.madeAt) {
      context.addIssue({ code: "custom", path: ["resolveBy"], message: "must be on or after madeAt" });
    }
    if (prediction.interval) {
      const [low, high] = prediction.interval;
      if (!(low <= prediction.probability && prediction.probability <= high)) {
        context.addIssue({ code: "custom", path: ["interval"], message: "must contain the probability" });
      }
    }
    if (prediction.condition && prediction.conditional === false) {
      context.addIssue({ code: "custom", path: ["condition"], message: "only allowed when conditional is true" });
    }
    if ((prediction.quoteStart === undefined) !== (prediction.quoteEnd === undefined)) {
      context.addIssue({ code: "custom", path: ["quoteEnd"], message: "quoteStart and quoteEnd go together" });
    } else if (
      prediction.quoteStart !== undefined &&
      prediction.quoteEnd !== undefined &&
      prediction.quoteEnd < prediction.quoteStart
    ) {
      context.addIssue({ code: "custom", path: ["quoteEnd"], message: "must not be before quoteStart" });
    }
  });

export const ledgerFile = z
  .object({
    format: z.literal("hindsight/v1", { error: 'format must be "hindsight/v1"' }),
    analysts: z.array(ledgerAnalyst).default([]),
    sources: z.array(ledgerSource).default([]),
    predictions: z.array(ledgerPrediction).default([]),
    questions: z.array(ledgerQuestion).default([]),
  })
  // Cross-references are checked even when some entries have problems of their own (a file's
  // every problem is listed at once); entries whose key fields did not parse are skipped here.
  .superRefine(
    (ledger, context) => {
      const named = <T>(entry: T, field: keyof T): string | undefined => {
        const value = entry && typeof entry === "object" ? entry[field] : undefined;
        return typeof value === "string" ? value : undefined;
      };
      const analysts = new Set<string>();
      ledger.analysts.forEach((analyst, index) => {
        const slug = named(analyst, "slug");
        if (slug === undefined) return;
        if (analysts.has(slug))
          context.addIssue({ code: "custom", path: ["analysts", index, "slug"], message: `duplicate slug "${slug}"` });
        analysts.add(slug);
      });
      const urls = new Map<string, number>();
      ledger.sources.forEach((source, index) => {
        const url = named(source, "url");
        if (!url) return;
        const first = urls.get(url);
        if (first !== undefined) {
          context.addIssue({
            code: "custom",
            path: ["sources", index, "url"],
            message: `same url as sources[${first}]`,
          });
        } else urls.set(url, index);
      });
      const sources = new Set<string>();
      ledger.sources.forEach((source, index) => {
        const key = named(source, "key");
        if (key === undefined) return;
        if (sources.has(key))
          context.addIssue({ code: "custom", path: ["sources", index, "key"], message: `duplicate key "${key}"` });
        sources.add(key);
      });
      const questions = new Set<string>();
      ledger.questions.forEach((question, index) => {
        const key = named(question, "key");
        if (key !== undefined) {
          if (questions.has(key))
            context.addIssue({ code: "custom", path: ["questions", index, "key"], message: `duplicate key "${key}"` });
          questions.add(key);
        }
        // References of one question need distinct days (UTC): one reading a day.
        const days = new Map<string, number>();
        (Array.isArray(question?.references) ? question.references : []).forEach((reference, position) => {
          const asOf: unknown = reference && typeof reference === "object" ? reference.asOf : undefined;
          if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) return;
          const day = asOf.toISOString().slice(0, 10);
          const first = days.get(day);
          if (first !== undefined) {
            context.addIssue({
              code: "custom",
              path: ["questions", index, "references", position, "asOf"],
              message: `same day (${day}, UTC) as references[${first}]: one reference a day`,
            });
          } else days.set(day, position);
        });
      });
      const predictions = new Set(ledger.predictions.map((prediction) => named(prediction, "key")));
      const parentOf = new Map(
        ledger.predictions.map((prediction) => [named(prediction, "key"), named(prediction, "parent")]),
      );
      const formsCycle = (key: string): boolean => {
        const visited = new Set<string>([key]);
        for (let current = parentOf.get(key); current !== undefined; current = parentOf.get(current)) {
          if (visited.has(current)) return current === key;
          visited.add(current);
        }
        return false;
      };
      const seen = new Set<string>();
      ledger.predictions.forEach((prediction, index) => {
        const path = (field: string) => ["predictions", index, field];
        const key = named(prediction, "key");
        const analyst = named(prediction, "analyst");
        const source = named(prediction, "source");
        const parent = named(prediction, "parent");
        if (key !== undefined) {
          if (seen.has(key)) context.addIssue({ code: "custom", path: path("key"), message: `duplicate key "${key}"` });
          seen.add(key);
        }
        if (analyst !== undefined && !analysts.has(analyst))
          context.addIssue({
            code: "custom",
            path: path("analyst"),
            message: `no analyst with slug "${analyst}" in this file`,
          });
        if (source && !sources.has(source))
          context.addIssue({
            code: "custom",
            path: path("source"),
            message: `no source with key "${source}" in this file`,
          });
        if (parent && key !== undefined && parent !== key && predictions.has(parent) && formsCycle(key)) {
          context.addIssue({ code: "custom", path: path("parent"), message: "parts cannot contain their own whole" });
        }
        if (parent && (!predictions.has(parent) || parent === key)) {
          context.addIssue({
            code: "custom",
            path: path("parent"),
            message: `no other prediction with key "${parent}" in this file`,
          });
        }
      });
    },
    {
      when: ({ value }) => {
        const ledger = value as Partial<Record<"analysts" | "sources" | "predictions" | "questions", unknown>> | null;
        return (
          typeof ledger === "object" &&
          ledger !== null &&
          Array.isArray(ledger.analysts) &&
          Array.isArray(ledger.sources) &&
          Array.isArray(ledger.predictions) &&
          Array.isArray(ledger.questions)
        );
      },
    },
  );

export type LedgerFile = z.output<typeof ledgerFile>;
export type LedgerPrediction = z.output<typeof ledgerPrediction>;
export type LedgerQuestion = z.output<typeof ledgerQuestion>;
export type LedgerResolution = z.output<typeof ledgerResolution>;

/** `predictions[12].probability` from zod's path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    "",
  );
}

type Fields = ReadonlySet<string>;
const fieldsOf = (schema: { shape: object }): Fields => new Set(Object.keys(schema.shape));
const knownFields = {
  file: fieldsOf(ledgerFile),
  analyst: fieldsOf(ledgerAnalyst),
  source: fieldsOf(ledgerSource),
  question: fieldsOf(ledgerQuestion),
  reference: fieldsOf(ledgerReference),
  prediction: fieldsOf(ledgerPrediction),
  resolution: fieldsOf(ledgerResolution),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The paths of the fields of a ledger file that this Hindsight does not know
 * (`questions[0].foo`, `predictions[2].extra`), in the file's order: analysts, sources, questions,
 * predictions. Only objects are looked into; a value of the wrong type is the schema's to report.
 */
export function unknownLedgerFields(input: unknown): string[] {
  const paths: string[] = [];
  type Path = (string | number)[];
  const check = (
    value: unknown,
    fields: Fields,
    path: Path,
    nested?: (record: Record<string, unknown>, path: Path) => void,
  ) => {
    if (!isRecord(value)) return;
    for (const name of Object.keys(value)) if (!fields.has(name)) paths.push(formatIssuePath([...path, name]));
    nested?.(value, path);
  };
  const each = (
    value: unknown,
    fields: Fields,
    path: Path,
    nested?: (record: Record<string, unknown>, path: Path) => void,
  ) => {
    if (Array.isArray(value)) value.forEach((entry, index) => check(entry, fields, [...path, index], nested));
  };
  check(input, knownFields.file, [], (file) => {
    each(file.analysts, knownFields.analyst, ["analysts"]);
    each(file.sources, knownFields.source, ["sources"]);
    each(file.questions, knownFields.question, ["questions"], (question, path) => {
      each(question.references, knownFields.reference, [...path, "references"]);
      check(question.resolution, knownFields.resolution, [...path, "resolution"]);
    });
    each(file.predictions, knownFields.prediction, ["predictions"], (prediction, path) =>
      check(prediction.resolution, knownFields.resolution, [...path, "resolution"]),
    );
  });
  return paths;
}

export interface ParseLedgerOptions {
  /**
   * Import a file whose fields this Hindsight does not all know, leaving those out (they are
   * listed in `ignoredFields`). Without it, each one is a problem and the file is refused.
   */
  ignoreUnknownFields?: boolean;
}

export type ParseLedgerResult =
  | { ok: true; ledger: LedgerFile; ignoredFields: string[] }
  | { ok: false; issues: { path: string; message: string }[] };

/**
 * Parses a ledger; on failure lists every problem by its path and writes nothing. Every object of
 * the file is strict: a field the schema does not know is a problem (`questions[0].foo: unknown
 * field`) unless `ignoreUnknownFields` is set, so a newer file cannot lose data here unnoticed.
 */
export function parseLedger(input: unknown, options: ParseLedgerOptions = {}): ParseLedgerResult {
  const unknown = unknownLedgerFields(input);
  const unknownIssues = options.ignoreUnknownFields ? [] : unknown.map((path) => ({ path, message: UNKNOWN_FIELD }));
  const { value, nullRequired } = withoutNulls(input);
  const result = ledgerFile.safeParse(value);
  if (result.success && unknownIssues.length === 0) {
    return { ok: true, ledger: result.data, ignoredFields: options.ignoreUnknownFields ? unknown : [] };
  }
  const seen = new Set<string>();
  const issues: FieldIssue[] = [...unknownIssues];
  for (const issue of result.success ? [] : result.error.issues) {
    const path = formatIssuePath(issue.path);
    const field = nullRequired.get(path);
    // A required field written as null was there: say it is null, not that it is missing.
    const message = field === undefined ? issue.message : `${field} is null; it is required`;
    if (seen.has(`${path}: ${message}`)) continue;
    seen.add(`${path}: ${message}`);
    issues.push({ path, message });
  }
  return { ok: false, issues };
}

/** Which fields of each kind of entry may be left out (absent, or null as Python and pandas write it). */
const optionalFields = (schema: { shape: Record<string, z.ZodType> }): ReadonlySet<string> =>
  new Set(Object.entries(schema.shape).flatMap(([name, field]) => (field.safeParse(undefined).success ? [name] : [])));
const optionalOf = {
  file: optionalFields(ledgerFile),
  analyst: optionalFields(ledgerAnalyst),
  source: optionalFields(ledgerSource),
  question: optionalFields(ledgerQuestion),
  reference: optionalFields(ledgerReference),
  prediction: optionalFields(ledgerPrediction),
  resolution: optionalFields(ledgerResolution),
};

/**
 * The file with every `null` in an optional field of a known entry left out: a JSON writer in
 * Python or pandas writes None as null for a value it does not have, which means absent here.
 * A required field written as null stays (the schema refuses it) and is listed by its path, so
 * the problem can say it is null rather than missing. The input is not changed.
 */
function withoutNulls(input: unknown): { value: unknown; nullRequired: Map<string, string> } {
  const nullRequired = new Map<string, string>();
  type Path = (string | number)[];
  const clean = (
    value: unknown,
    optional: ReadonlySet<string>,
    path: Path,
    nested?: (record: Record<string, unknown>, path: Path) => Record<string, unknown>,
  ): unknown => {
    if (!isRecord(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) {
      if (field !== null) copy[name] = field;
      else if (!optional.has(name)) {
        copy[name] = field;
        nullRequired.set(formatIssuePath([...path, name]), name);
      }
    }
    return nested ? nested(copy, path) : copy;
  };
  const each = (
    value: unknown,
    optional: ReadonlySet<string>,
    path: Path,
    nested?: (record: Record<string, unknown>, path: Path) => Record<string, unknown>,
  ): unknown =>
    Array.isArray(value) ? value.map((entry, index) => clean(entry, optional, [...path, index], nested)) : value;
  const withResolution = (record: Record<string, unknown>, path: Path) =>
    "resolution" in record
      ? { ...record, resolution: clean(record.resolution, optionalOf.resolution, [...path, "resolution"]) }
      : record;
  const value = clean(input, optionalOf.file, [], (file) => ({
    ...file,
    ...("analysts" in file ? { analysts: each(file.analysts, optionalOf.analyst, ["analysts"]) } : {}),
    ...("sources" in file ? { sources: each(file.sources, optionalOf.source, ["sources"]) } : {}),
    ...("questions" in file
      ? {
          questions: each(file.questions, optionalOf.question, ["questions"], (question, path) =>
            withResolution(
              "references" in question
                ? {
                    ...question,
                    references: each(question.references, optionalOf.reference, [...path, "references"]),
                  }
                : question,
              path,
            ),
          ),
        }
      : {}),
    ...("predictions" in file
      ? { predictions: each(file.predictions, optionalOf.prediction, ["predictions"], withResolution) }
      : {}),
  }));
  return { value, nullRequired };
}

// The link rules live beside the schema (and are exported with it).
export { CREDIT_TOLERANCE, describeVerdict, linkDisagreement } from "./links";
