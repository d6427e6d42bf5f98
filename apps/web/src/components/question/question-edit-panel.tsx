"use client";

import dynamic from "next/dynamic";
import { FoldedEditPanel } from "@/components/edit/edit-parts";
import { FormPlaceholder } from "@/components/ui/form-placeholder";
import { usePreloadWhenIdle } from "@/lib/preload-when-idle";
import type { QuestionDetail } from "./types";

const loadEditForm = () => import("./question-edit-form");
// The form (react-hook-form, zod's schemas) stays out of the page's first load: fetched when the
// browser is idle after the page, for editors, and drawn when Edit is pressed (the placeholder
// covers a faster click).
const QuestionEditForm = dynamic(() => import("./question-edit-form").then((module) => module.QuestionEditForm), {
  ssr: false,
  loading: () => <FormPlaceholder fields={3} />,
});

/** The edit form for a question's title, criteria and deadline, folded away until asked for. */
export function QuestionEditPanel({ question }: { question: QuestionDetail }) {
  usePreloadWhenIdle(loadEditForm);
  return (
    <FoldedEditPanel
      idBase="question-edit"
      title="Edit the question"
      description="Correct the title, the resolution criteria or the deadline. Every change is kept in the change history."
    >
      {(close) => <QuestionEditForm question={question} onDone={close} />}
    </FoldedEditPanel>
  );
}
