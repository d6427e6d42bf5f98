"use client";

import { MAX_DISPUTE_REASON, type DisputeDecision, type DisputeQueueItem } from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, LoaderCircle, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { WriteErrorAlert } from "@/components/write-error";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { notify } from "@/lib/notify";

/**
 * Uphold or reject an open dispute, against the version on screen. Upholding leads to the
 * prediction's judging form (the judgement itself is re-judged there, appended); rejecting needs a
 * reason. When someone else answered first, the server refuses (CONFLICT) and Reload shows theirs.
 */
export function AnswerForm({ dispute }: { dispute: DisputeQueueItem }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [writeError, setWriteError] = useState<unknown>(null);
  const answer = useMutation(trpc.dispute.answer.mutationOptions());
  const [sending, setSending] = useState<DisputeDecision | null>(null);
  const id = `answer-${dispute.id}`;

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dispute.openCount.queryKey() }),
      queryClient.invalidateQueries({
        queryKey: trpc.dispute.forPrediction.queryKey({ predictionId: dispute.predictionId }),
      }),
      queryClient.invalidateQueries({ queryKey: trpc.prediction.byId.queryKey({ id: dispute.predictionId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.prediction.list.pathKey() }),
    ]);

  const send = async (decision: DisputeDecision) => {
    setWriteError(null);
    const input = { disputeId: dispute.id, version: dispute.version, decision, reason };
    // The server's schema, loaded with zod when an answer is first sent rather than with the page.
    const { answerDisputeInput } = await import("@hindsight/domain/schemas");
    const checked = answerDisputeInput.safeParse(input);
    if (!checked.success) {
      setReasonError(checked.error.issues.find((issue) => issue.path[0] === "reason")?.message);
      requestAnimationFrame(() => document.getElementById(`${id}-reason`)?.focus());
      return;
    }
    setReasonError(undefined);
    setSending(decision);
    try {
      await answer.mutateAsync(checked.data);
      if (decision === "UPHOLD") {
        notify.success("Dispute upheld", { description: "Now re-judge the prediction." });
        await refresh();
        router.push(`/predictions/${dispute.predictionId}#judge`);
      } else {
        notify.success("Dispute rejected", { description: dispute.prediction.claim });
        await refresh();
      }
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors?.reason) setReasonError(fieldErrors.reason);
      setWriteError(error);
    } finally {
      setSending(null);
    }
  };

  return (
    <form
      noValidate
      aria-label="Answer this dispute"
      className="flex flex-col gap-3 border-t pt-3"
      onSubmit={(event) => event.preventDefault()}
    >
      <Field
        id={`${id}-reason`}
        label="Reason"
        hint="Needed to reject; published with the answer."
        optional
        error={reasonError}
      >
        <Textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          limit={MAX_DISPUTE_REASON}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ""}`}
        />
      </Field>
      {writeError ? (
        <WriteErrorAlert
          error={writeError}
          action="The answer was not saved."
          onReload={() => void refresh().then(() => setWriteError(null))}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={sending !== null} onClick={() => void send("UPHOLD")}>
          {sending === "UPHOLD" ? <LoaderCircle aria-hidden className="animate-spin" /> : <Check aria-hidden />}
          Uphold and re-judge
        </Button>
        <Button type="button" variant="outline" disabled={sending !== null} onClick={() => void send("REJECT")}>
          {sending === "REJECT" ? <LoaderCircle aria-hidden className="animate-spin" /> : <X aria-hidden />}
          Reject
        </Button>
      </div>
    </form>
  );
}
