"use client";

import { lookupHedge, probabilityToPercentText, type ExtractedCandidate } from "@hindsight/domain";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ProbabilityInput, ProbabilitySourceChoice } from "@/components/ui/probability-input";
import { formatInterval, formatPercent } from "@/lib/format";
import { describeHedgeReading } from "@/lib/probability";
import { cardFieldId, isHedgeReading, type ArticleFormValues } from "./article-values";

/**
 * The card's probability, in the app's one ProbabilityInput: the hedge's reading while the number
 * is left as it was read (logged as read from the hedge, with its interval), or a number the
 * editor typed, stated by the speaker or the editor's own estimate.
 */
export function CandidateProbability({
  index,
  candidate,
  error,
}: {
  index: number;
  candidate: ExtractedCandidate;
  error: string | undefined;
}) {
  const { register, control, setValue, formState } = useFormContext<ArticleFormValues>();
  const typed = useWatch({ control, name: `cards.${index}.probability` }) ?? "";
  const id = cardFieldId(index, "probability");
  const fromHedge = isHedgeReading({ probability: typed }, candidate);
  const entry = candidate.hedge ? lookupHedge(candidate.hedge)?.entry : undefined;
  const reading =
    candidate.hedge !== null && candidate.probability !== null && candidate.interval
      ? entry
        ? describeHedgeReading({
            phrase: candidate.hedge,
            probability: candidate.probability,
            interval: candidate.interval,
            entry,
          })
        : `${candidate.hedge}: ${formatPercent(candidate.probability)} (${formatInterval(candidate.interval)})`
      : null;
  const readingId = `${id}-reading`;
  return (
    <div className="flex flex-col gap-3">
      <ProbabilityInput
        id={id}
        error={error}
        text={typed}
        registration={register(`cards.${index}.probability`)}
        describedBy={[readingId]}
        className="sm:max-w-40"
      />
      <p id={readingId} className="flex flex-col gap-0.5 text-sm" data-testid="hedge-reading">
        {reading ? (
          fromHedge ? (
            <>
              <span>
                <span className="font-semibold">From the hedge {reading}</span>
              </span>
              <span className="text-xs text-muted-foreground">
                {candidate.negated ? "Negated, so the reading is turned around. " : ""}
                Logged as read from the hedge words; change the number to log your own.
              </span>
            </>
          ) : (
            <span className="text-muted-foreground">
              The hedge reads {reading}.{" "}
              <Button
                variant="link"
                size="sm"
                className="h-auto p-0 align-baseline"
                onClick={() =>
                  setValue(`cards.${index}.probability`, probabilityToPercentText(candidate.probability ?? 0), {
                    shouldValidate: formState.isSubmitted,
                    shouldDirty: true,
                  })
                }
              >
                Use the hedge’s {formatPercent(candidate.probability ?? 0)}
              </Button>
            </span>
          )
        ) : (
          <span className="text-muted-foreground">
            {candidate.hedge
              ? `Hindsight has no number for “${candidate.hedge}”: enter one.`
              : "No hedge words Hindsight knows: enter the number stated, or your estimate."}
          </span>
        )}
      </p>
      {fromHedge ? null : (
        <ProbabilitySourceChoice
          registration={register(`cards.${index}.probabilitySource`)}
          stated="The speaker gave this number."
          estimate="My reading of their words."
        />
      )}
    </div>
  );
}
