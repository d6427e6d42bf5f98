import { addReferenceInput, formatIssuePath, parseProbability, type AddReferenceInput } from "@hindsight/domain";

/** What the reference form holds: every field as its input shows it. */
export interface ReferenceFormValues {
  /** A percentage as typed ("35", "35%"; "0.35" reads as 35% too), read with parseProbability. */
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

/**
 * Checks the form with the shared addReferenceInput schema, the probability read from the
 * percentage typed (its problem said as a percentage); a blank link is left out.
 */
export function checkReferenceForm(
  values: ReferenceFormValues,
): { ok: true; fields: ReferenceFields } | { ok: false; errors: [ReferenceFormPath, string][] } {
  const probability = parseProbability(values.probability);
  const parsed = addReferenceInput.safeParse({
    key: "-",
    // A blank or unreadable probability stays absent (an error), never 0.
    probability: probability.ok ? probability.value : undefined,
    source: values.source,
    asOf: values.asOf,
    url: values.url,
  });
  if (parsed.success && probability.ok) {
    const { key: _key, ...fields } = parsed.data;
    return { ok: true, fields };
  }
  const errors = new Map<ReferenceFormPath, string>();
  if (!probability.ok) errors.set("probability", probability.message);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = formatIssuePath(issue.path);
    const field = referenceFormPaths.find((known) => known === path);
    if (field && !errors.has(field)) errors.set(field, issue.message);
  }
  return { ok: false, errors: [...errors] };
}
