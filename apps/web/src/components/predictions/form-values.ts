import { createPredictionInput } from "@hindsight/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldPath, Resolver } from "react-hook-form";
import { get } from "react-hook-form";
import type { z } from "zod";
import { toDateInputValue } from "@/lib/format";

/** What the inputs hold (strings from the DOM) and what the shared schema turns them into. */
export type PredictionFormValues = z.input<typeof createPredictionInput>;
export type PredictionFormOutput = z.output<typeof createPredictionInput>;
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
  "probability",
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
    conditional: false,
    condition: "",
    tags: [],
  };
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * What the form means, before the schema sees it: an all-blank source group is no source at all
 * (the schema would otherwise ask for its title), and a condition hidden by unticking the
 * conditional box is not submitted.
 */
export function toSchemaInput(values: PredictionFormValues): PredictionFormValues {
  const source = values.source && Object.values(values.source).every(isBlank) ? undefined : values.source;
  const condition = values.conditional ? values.condition : undefined;
  return { ...values, source, condition };
}

const schemaResolver = zodResolver(createPredictionInput);

/** The shared domain schema, applied to what the form means. */
export const predictionFormResolver: Resolver<PredictionFormValues, unknown, PredictionFormOutput> = (
  values,
  context,
  options,
) => schemaResolver(toSchemaInput(values), context, options);

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
