import {
  formatIssuePath,
  parseProbability,
  probabilityToPercentText,
  updatePredictionInput,
  type PredictionDetail,
  type ProbabilitySource,
  type UpdatePredictionInput,
} from "@hindsight/domain";
import { parseTags, toUtcDateInputValue } from "@/lib/format";

/** What the edit form holds: every field as its input shows it. */
export interface EditFormValues {
  claim: string;
  quote: string;
  criteria: string;
  resolveBy: string;
  tags: string;
  /** A percentage, as shown ("40%"); typed as any form's probability (read with parseProbability). */
  probability: string;
  probabilitySource: ProbabilitySource;
  hedge: string;
  conditional: boolean;
  condition: string;
}

export const editFormPaths = [
  "claim",
  "quote",
  "criteria",
  "resolveBy",
  "tags",
  "probability",
  "probabilitySource",
  "hedge",
  "conditional",
  "condition",
] as const satisfies readonly (keyof EditFormValues)[];
export type EditFormPath = (typeof editFormPaths)[number];

export type EditChanges = Omit<UpdatePredictionInput, "id" | "version">;

export type EditFormCheck =
  { ok: true; changes: EditChanges; changed: EditFormPath[] } | { ok: false; errors: [EditFormPath, string][] };

type Editable = Pick<
  PredictionDetail,
  | "claim"
  | "quote"
  | "criteria"
  | "resolveBy"
  | "tags"
  | "probability"
  | "probabilitySource"
  | "hedge"
  | "conditional"
  | "condition"
>;

export function editFormDefaults(prediction: Editable): EditFormValues {
  return {
    claim: prediction.claim,
    quote: prediction.quote ?? "",
    criteria: prediction.criteria ?? "",
    resolveBy: prediction.resolveBy ? toUtcDateInputValue(prediction.resolveBy) : "",
    tags: prediction.tags.join(", "),
    probability: probabilityToPercentText(prediction.probability),
    probabilitySource: prediction.probabilitySource,
    hedge: prediction.hedge ?? "",
    conditional: prediction.conditional,
    condition: prediction.condition ?? "",
  };
}

const blankToNull = (text: string) => (text.trim() === "" ? null : text);
const sameText = (a: string | null, b: string | null) => (a?.trim() ?? "") === (b?.trim() ?? "");
const tagKey = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.toLowerCase()))].sort().join("\n");

/**
 * Compares the form with the prediction as displayed and returns only what changed (a cleared
 * optional field becomes null), plus the tags, checked with the shared updatePredictionInput
 * schema. The condition is dropped when the conditional box is unticked.
 */
export function checkEditForm(prediction: Editable, values: EditFormValues): EditFormCheck {
  const draft: Record<string, unknown> = {};
  if (!sameText(values.claim, prediction.claim)) draft.claim = values.claim;
  if (!sameText(values.quote, prediction.quote)) draft.quote = blankToNull(values.quote);
  if (!sameText(values.criteria, prediction.criteria)) draft.criteria = blankToNull(values.criteria);
  const deadline = prediction.resolveBy ? toUtcDateInputValue(prediction.resolveBy) : "";
  if (values.resolveBy.trim() !== deadline) draft.resolveBy = blankToNull(values.resolveBy);
  const tags = parseTags(values.tags);
  const tagsChanged = tagKey(tags) !== tagKey(prediction.tags);
  // Always sent: updatePredictionInput reads absent tags as [] (its default), which would clear them.
  draft.tags = tags;
  // Untouched, the text shown is not read again: it stands for the stored number exactly.
  let probabilityProblem: string | null = null;
  if (values.probability.trim() !== probabilityToPercentText(prediction.probability)) {
    const read = parseProbability(values.probability);
    if (!read.ok) probabilityProblem = read.message;
    else if (read.value !== prediction.probability) draft.probability = read.value;
  }
  if (values.probabilitySource !== prediction.probabilitySource) draft.probabilitySource = values.probabilitySource;
  if (!sameText(values.hedge, prediction.hedge)) draft.hedge = blankToNull(values.hedge);
  if (values.conditional !== prediction.conditional) draft.conditional = values.conditional;
  const condition = values.conditional ? values.condition : "";
  if (!sameText(condition, prediction.condition)) draft.condition = blankToNull(condition);

  const parsed = updatePredictionInput.safeParse({ id: "-", version: 1, ...draft });
  if (!parsed.success || probabilityProblem) {
    const errors = new Map<EditFormPath, string>();
    if (probabilityProblem) errors.set("probability", probabilityProblem);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const path = formatIssuePath(issue.path).replace(/\[\d+\]$/, "");
      const field = editFormPaths.find((known) => known === path);
      if (field && !errors.has(field)) errors.set(field, issue.message);
    }
    return { ok: false, errors: [...errors] };
  }
  const { id: _id, version: _version, ...changes } = parsed.data;
  const changed = editFormPaths.filter((field) => (field === "tags" ? tagsChanged : field in changes));
  return { ok: true, changes, changed };
}
