import { addReferenceInput, formatIssuePath, type AddReferenceInput } from "@hindsight/domain";
import { readProbability } from "@/lib/format";

/** What the reference form holds: every field as its input shows it. */
export interface ReferenceFormValues {
  /** From 0 to 1, as the app takes probabilities everywhere (previewed as a percentage). */
  probability: string;
  source: string;
  /** YYYY-MM-DD: the day the reference said so. */
  asOf: string;
  url: string;
}

export const referenceFormPaths = [
  "probability",
  "source",
  "asOf",
  "url",
] as const satisfies readonly (keyof ReferenceFormValues)[];
export type ReferenceFormPath = (typeof referenceFormPaths)[number];

/** Dated today in UTC, the server's calendar. */
export const emptyReferenceForm = (today: Date): ReferenceFormValues => ({
  probability: "",
  source: "",
  asOf: today.toISOString().slice(0, 10),
  url: "",
});

export type ReferenceFields = Omit<AddReferenceInput, "key">;

/** The probability typed, for the live "= 35%" beside the field; null while blank or out of range. */
export const referencePreview = (probability: string): number | null => readProbability(probability);

/** Checks the form with the shared addReferenceInput schema; a blank link is left out. */
export function checkReferenceForm(
  values: ReferenceFormValues,
): { ok: true; fields: ReferenceFields } | { ok: false; errors: [ReferenceFormPath, string][] } {
  const parsed = addReferenceInput.safeParse({
    key: "-",
    // A blank probability must be an error, not 0: the schema reads "" as not a number only when absent.
    probability: values.probability.trim() === "" ? undefined : values.probability,
    source: values.source,
    asOf: values.asOf,
    url: values.url,
  });
  if (parsed.success) {
    const { key: _key, ...fields } = parsed.data;
    return { ok: true, fields };
  }
  const errors = new Map<ReferenceFormPath, string>();
  for (const issue of parsed.error.issues) {
    const path = formatIssuePath(issue.path);
    const field = referenceFormPaths.find((known) => known === path);
    if (field && !errors.has(field)) errors.set(field, issue.message);
  }
  return { ok: false, errors: [...errors] };
}
