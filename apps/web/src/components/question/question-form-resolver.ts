import { set, type FieldErrors, type Resolver } from "react-hook-form";
import type { QuestionFormPath, QuestionFormValues } from "./question-form-values";

type Check = { ok: true } | { ok: false; errors: [QuestionFormPath, string][] };

/** A react-hook-form resolver from one of the form checks (the same check that builds what is sent). */
export function resolverFrom(check: (values: QuestionFormValues) => Check): Resolver<QuestionFormValues> {
  return (values) => {
    const result = check(values);
    if (result.ok) return { values, errors: {} };
    const errors: FieldErrors<QuestionFormValues> = {};
    for (const [path, message] of result.errors) set(errors, path, { type: "validate", message });
    return { values: {}, errors };
  };
}
