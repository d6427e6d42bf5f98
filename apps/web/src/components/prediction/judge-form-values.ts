import {
  formatIssuePath,
  judgePredictionInput,
  parseProbability,
  type JudgePredictionInput,
  type Outcome,
} from "@hindsight/domain";

/** What the judging form holds: strings from the inputs, evidence as rows (useFieldArray needs objects). */
export interface JudgeFormValues {
  /** "" (or null, as react-hook-form reads a radio group with none checked) until one is chosen. */
  outcome: Outcome | "" | null;
  /** For PARTIAL: how much came true, typed as a percentage ("50", "50%"; "0.5" reads as 50% too). */
  credit: string;
  resolvedAt: string;
  note: string;
  evidence: { url: string }[];
}

export type JudgeFormPath = "outcome" | "credit" | "resolvedAt" | "note" | "evidence" | `evidence.${number}.url`;

/** A judgement as the API takes it, without the prediction and the version (added when it is sent). */
export type JudgementFields = Omit<JudgePredictionInput, "predictionId" | "version">;

export type JudgeFormCheck = { ok: true; fields: JudgementFields } | { ok: false; errors: [JudgeFormPath, string][] };

/** The date decided defaults to today in UTC: the server refuses dates after its own today. */
export function emptyJudgeForm(today: Date): JudgeFormValues {
  return { outcome: "", credit: "", resolvedAt: today.toISOString().slice(0, 10), note: "", evidence: [] };
}

/** Rows left blank are not links the user meant to give: they are skipped, not refused. */
function filledEvidence(values: JudgeFormValues): { urls: string[]; rows: number[] } {
  const urls: string[] = [];
  const rows: number[] = [];
  values.evidence.forEach((row, index) => {
    if (row.url.trim() === "") return;
    urls.push(row.url);
    rows.push(index);
  });
  return { urls, rows };
}

/**
 * Where an error the API or the schema reports (a dotted path, "evidence[2]" for the third link
 * sent) belongs in the form: links are matched back to the row they came from, skipping blank rows.
 */
export function judgeFieldFor(path: string, values: JudgeFormValues): JudgeFormPath | null {
  const link = /^evidence(?:\[|\.)(\d+)\]?$/.exec(path);
  if (link) {
    const row = filledEvidence(values).rows[Number(link[1])];
    return row === undefined ? "evidence" : `evidence.${row}.url`;
  }
  const known = ["outcome", "credit", "resolvedAt", "note", "evidence"] as const;
  return known.find((field) => field === path) ?? null;
}

export const CREDIT_REQUIRED = "A partly true outcome needs a credit: how much came true, such as 50%";

/**
 * The credit to send, read with the domain's parseProbability: only for PARTIAL (a value typed,
 * then hidden by choosing another outcome, is not meant), with the problem of one that cannot be
 * read, said as a percentage.
 */
export function readCredit(values: Pick<JudgeFormValues, "outcome" | "credit">): {
  credit: number | undefined;
  problem: string | null;
} {
  if (values.outcome !== "PARTIAL") return { credit: undefined, problem: null };
  const read = parseProbability(values.credit, { label: "Credit" });
  if (read.ok) return { credit: read.value, problem: null };
  return { credit: undefined, problem: read.problem === "blank" ? CREDIT_REQUIRED : read.message };
}

/**
 * Checks the form with the shared judgePredictionInput schema (the one the API applies), the
 * credit read by readCredit.
 */
export function checkJudgeForm(values: JudgeFormValues): JudgeFormCheck {
  // Never send null from here: it would withdraw the outcome (the reopen form's job).
  if (!values.outcome) return { ok: false, errors: [["outcome", "Choose an outcome"]] };
  const { urls } = filledEvidence(values);
  const { credit, problem } = readCredit(values);
  const parsed = judgePredictionInput.safeParse({
    // Placeholders: the schema wants them, the page adds the real ones when sending.
    predictionId: "-",
    version: 1,
    outcome: values.outcome,
    credit,
    resolvedAt: values.resolvedAt,
    note: values.note,
    evidence: urls,
  });
  if (parsed.success && !problem) {
    const { predictionId: _id, version: _version, ...fields } = parsed.data;
    return { ok: true, fields };
  }
  const errors = new Map<JudgeFormPath, string>();
  // Said as the field is typed, a percentage, over the schema's "between 0 and 1".
  if (problem) errors.set("credit", problem);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = judgeFieldFor(formatIssuePath(issue.path), values);
    if (field && !errors.has(field)) errors.set(field, issue.message);
  }
  return { ok: false, errors: [...errors] };
}

/** The reopening: no outcome, and a note saying why (the API accepts none; the form asks for one). */
export function checkReopen(note: string): { ok: true; fields: JudgementFields } | { ok: false; error: string } {
  if (note.trim() === "") return { ok: false, error: "Say why the prediction is reopened" };
  const parsed = judgePredictionInput.safeParse({ predictionId: "-", version: 1, outcome: null, note });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "The note is not valid" };
  const { predictionId: _id, version: _version, ...fields } = parsed.data;
  return { ok: true, fields };
}
