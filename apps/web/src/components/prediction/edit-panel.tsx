"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { FoldedEditPanel } from "@/components/edit/edit-parts";
import { EditForm } from "./edit-form";

/** The edit form, folded away until asked for: most visitors read, few edit. */
export function EditPanel({ prediction }: { prediction: PredictionDetail }) {
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
