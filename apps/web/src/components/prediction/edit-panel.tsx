"use client";

import type { PredictionDetail } from "@hindsight/domain";
import dynamic from "next/dynamic";
import { FoldedEditPanel } from "@/components/edit/edit-parts";
import { FormPlaceholder } from "@/components/ui/form-placeholder";
import { usePreloadWhenIdle } from "@/lib/preload-when-idle";

const loadEditForm = () => import("./edit-form");
// The form and react-hook-form stay out of the page's first load: fetched when the browser is
// idle after the page, drawn when Edit is pressed (the placeholder covers a faster click).
const EditForm = dynamic(() => import("./edit-form").then((module) => module.EditForm), {
  ssr: false,
  loading: () => <FormPlaceholder fields={6} />,
});

/** The edit form, folded away until asked for: most visitors read, few edit. */
export function EditPanel({ prediction }: { prediction: PredictionDetail }) {
  usePreloadWhenIdle(loadEditForm);
  return (
    <FoldedEditPanel
      idBase="edit"
      title="Edit the record"
      description="Correct the claim, criteria, deadline, quote, hedge, condition or tags. Every change is kept in the change history."
    >
      {(close) => <EditForm prediction={prediction} onDone={close} />}
    </FoldedEditPanel>
  );
}
