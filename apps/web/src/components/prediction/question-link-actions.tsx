"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link2, Link2Off, LoaderCircle, Pencil, Plus } from "lucide-react";
import { useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { WriteErrorAlert } from "@/components/write-error";
import { notify } from "@/lib/notify";
import { usePreloadWhenIdle } from "@/lib/preload-when-idle";
import { useTRPC } from "@/trpc/react";
import { usePredictionCache } from "./use-prediction-cache";

const loadForms = () => Promise.all([import("./question-picker"), import("./create-from-prediction")]);

/**
 * What an editor can do with the prediction's question: change or remove the link, or link one or
 * create one. In a module of its own, loaded only for editors (question-link-panel.tsx).
 */
export function LinkActions({
  prediction,
  openRef,
  onPick,
  onCreate,
}: {
  prediction: PredictionDetail;
  openRef: RefObject<HTMLButtonElement | null>;
  onPick: () => void;
  onCreate: () => void;
}) {
  usePreloadWhenIdle(loadForms);
  const trpc = useTRPC();
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const link = useMutation(trpc.question.link.mutationOptions());
  const queryClient = useQueryClient();
  const [writeError, setWriteError] = useState<unknown>(null);

  const unlink = async () => {
    setWriteError(null);
    try {
      const detail = await link.mutateAsync({
        predictionId: prediction.id,
        version: prediction.version,
        question: null,
        negated: false,
      });
      await store(detail);
      await queryClient.invalidateQueries({ queryKey: trpc.question.pathKey() });
      notify.success("Unlinked", {
        description: "The prediction keeps its judgements; it is judged on its own again.",
      });
    } catch (error) {
      setWriteError(error);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      {prediction.question ? (
        <div className="flex flex-wrap gap-2">
          <Button ref={openRef} variant="outline" size="sm" aria-expanded={false} onClick={onPick}>
            <Pencil aria-hidden /> Change…
          </Button>
          <Button variant="ghost" size="sm" disabled={link.isPending} onClick={() => void unlink()}>
            {link.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Link2Off aria-hidden />}
            Unlink
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button ref={openRef} variant="outline" size="sm" aria-expanded={false} onClick={onPick}>
            <Link2 aria-hidden /> Link to a question…
          </Button>
          <Button variant="ghost" size="sm" aria-expanded={false} onClick={onCreate}>
            <Plus aria-hidden /> Create a question from this prediction…
          </Button>
        </div>
      )}
      {writeError ? (
        <WriteErrorAlert
          error={writeError}
          action="The link was not removed."
          onReload={() => void reload().then(() => setWriteError(null))}
          reloading={reloading}
        />
      ) : null}
    </div>
  );
}
