import {
  createQuestionInput,
  formatIssuePath,
  updateQuestionInput,
  type CreateQuestionInput,
  type UpdateQuestionInput,
} from "@hindsight/domain";
import { toUtcDateInputValue } from "@/lib/format";

/** What the question form holds: title, criteria and deadline as their inputs show them. */
export interface QuestionFormValues {
  title: string;
  criteria: string;
  /** YYYY-MM-DD, or "" for no deadline. */
  resolveBy: string;
}

export const questionFormPaths = [
  "title",
  "criteria",
  "resolveBy",
] as const satisfies readonly (keyof QuestionFormValues)[];
export type QuestionFormPath = (typeof questionFormPaths)[number];

export const emptyQuestionForm = (): QuestionFormValues => ({ title: "", criteria: "", resolveBy: "" });

/** The longest title the API takes: a claim longer than that is cut at a word when it becomes a title. */
const MAX_TITLE = 500;

function shorten(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A question made from a prediction starts from its claim, criteria and deadline. */
export function questionFormFromPrediction(prediction: {
  claim: string;
  criteria: string | null;
  resolveBy: Date | null;
}): QuestionFormValues {
  return {
    title: shorten(prediction.claim, MAX_TITLE),
    criteria: prediction.criteria ?? "",
    resolveBy: prediction.resolveBy ? toUtcDateInputValue(prediction.resolveBy) : "",
  };
}

/** The question as the edit form starts: what the page shows. */
export function questionFormFromQuestion(question: {
  title: string;
  criteria: string | null;
  resolveBy: Date | null;
}): QuestionFormValues {
  return {
    title: question.title,
    criteria: question.criteria ?? "",
    resolveBy: question.resolveBy ? toUtcDateInputValue(question.resolveBy) : "",
  };
}

type Errors = [QuestionFormPath, string][];

function errorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Errors {
  const errors = new Map<QuestionFormPath, string>();
  for (const issue of issues) {
    const path = formatIssuePath(issue.path);
    const field = questionFormPaths.find((known) => known === path);
    if (field && !errors.has(field)) errors.set(field, issue.message);
  }
  return [...errors];
}

export type CreateQuestionFields = Pick<CreateQuestionInput, "title" | "criteria" | "resolveBy">;

/** Checks the form with the shared createQuestionInput schema (blank criteria and deadline are left out). */
export function checkCreateQuestion(
  values: QuestionFormValues,
): { ok: true; fields: CreateQuestionFields } | { ok: false; errors: Errors } {
  const parsed = createQuestionInput.safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
  const { title, criteria, resolveBy } = parsed.data;
  return { ok: true, fields: { title, criteria, resolveBy } };
}

export type QuestionChanges = Omit<UpdateQuestionInput, "key" | "version">;

const sameText = (a: string | null, b: string | null) => (a?.trim() ?? "") === (b?.trim() ?? "");

/**
 * Compares the form with the question as displayed and returns only what changed (a cleared
 * criteria or deadline becomes null), checked with the shared updateQuestionInput schema.
 */
export function checkQuestionEdit(
  question: { key: string; version: number; title: string; criteria: string | null; resolveBy: Date | null },
  values: QuestionFormValues,
): { ok: true; changes: QuestionChanges; changed: QuestionFormPath[] } | { ok: false; errors: Errors } {
  const draft: Record<string, unknown> = {};
  if (!sameText(values.title, question.title)) draft.title = values.title;
  if (!sameText(values.criteria, question.criteria))
    draft.criteria = values.criteria.trim() === "" ? null : values.criteria;
  const deadline = question.resolveBy ? toUtcDateInputValue(question.resolveBy) : "";
  if (values.resolveBy.trim() !== deadline) draft.resolveBy = values.resolveBy.trim() === "" ? null : values.resolveBy;
  const parsed = updateQuestionInput.safeParse({ ...draft, key: question.key, version: question.version });
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
  const { key: _key, version: _version, ...changes } = parsed.data;
  return { ok: true, changes, changed: questionFormPaths.filter((path) => path in draft) };
}
