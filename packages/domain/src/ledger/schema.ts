import { z } from "zod";
import { outcomes, probabilitySources } from "../schemas/prediction";
import { date, day, optional, probability, tags, text, url } from "../schemas/fields";

/**
 * The ledger file, format "hindsight/v1" (docs/design.md, "Data contract v1"). Fields beyond the
 * contract are optional additions, documented in docs/ledger-format.md; a file written to the
 * bare contract stays valid.
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
  authors: z.array(text("author", 200)).max(50).optional(),
  text: z.string().max(2_000_000).optional(),
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
  })
  .superRefine((prediction, context) => {
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
        const ledger = value as Partial<Record<"analysts" | "sources" | "predictions", unknown>> | null;
        return (
          typeof ledger === "object" &&
          ledger !== null &&
          Array.isArray(ledger.analysts) &&
          Array.isArray(ledger.sources) &&
          Array.isArray(ledger.predictions)
        );
      },
    },
  );

export type LedgerFile = z.output<typeof ledgerFile>;
export type LedgerPrediction = z.output<typeof ledgerPrediction>;

/** `predictions[12].probability` from zod's path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    "",
  );
}

/** Parses a ledger; on failure lists every problem by its path and writes nothing. */
export function parseLedger(
  input: unknown,
): { ok: true; ledger: LedgerFile } | { ok: false; issues: { path: string; message: string }[] } {
  const result = ledgerFile.safeParse(input);
  if (result.success) return { ok: true, ledger: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
  };
}
