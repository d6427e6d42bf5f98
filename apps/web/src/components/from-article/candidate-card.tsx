"use client";

import { slugify, type ExtractedCandidate, type RepeatMatch } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { CalendarCheck, Check, CircleExclamationPoint, Locate, UserPlus } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { QuoteWithHedge } from "@/components/prediction/prediction-facts";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { cardFieldId, cardId, errorAt, splitAuthors, type ArticleFormValues, type CardValues } from "./article-values";
import { CandidateProbability } from "./candidate-probability";
import { RepeatNotice } from "./repeat-notice";

const speakerBasis: Record<ExtractedCandidate["speakerBasis"], string> = {
  attribution: "Named in the text as the one who said it.",
  source: "The only source the article credits; this sentence names nobody: check it is theirs.",
  byline: "From the article's byline.",
  given: "From the byline you entered.",
  none: "Nobody is named: type who said it.",
};

/** One candidate: the exact quote, and the prediction it becomes when ticked, every field editable. */
export function CandidateCard({
  index,
  candidate,
  byline,
  active,
  onShowInArticle,
  onActivate,
  repeats,
}: {
  index: number;
  candidate: ExtractedCandidate;
  /** Claims already in the ledger this candidate likely repeats. */
  repeats?: readonly RepeatMatch[] | undefined;
  /** Everyone in the byline, to say who else signed when several did. */
  byline: readonly string[];
  active: boolean;
  onShowInArticle: (index: number) => void;
  onActivate: (index: number) => void;
}) {
  const { register, control, formState, setValue } = useFormContext<ArticleFormValues>();
  const card = useWatch({ control, name: `cards.${index}` });
  const number = index + 1;
  const id = (field: keyof CardValues) => cardFieldId(index, field);
  const error = (field: keyof CardValues) => errorAt(formState.errors, `cards.${index}.${field}`);
  const validate = formState.isSubmitted;
  const keepError = error("keep");

  return (
    <li
      id={cardId(index)}
      aria-labelledby={`${cardId(index)}-title`}
      data-testid="candidate-card"
      data-candidate={number}
      onFocus={() => onActivate(index)}
      className={cn(
        "scroll-mt-24 rounded-xl border bg-card shadow-xs transition-colors",
        active && "border-primary ring-1 ring-primary/40",
        !card.keep && "bg-muted/40",
      )}
    >
      <div className="flex items-start justify-between gap-3 px-4 pt-4">
        <label htmlFor={id("keep")} className="flex items-center gap-2.5 text-sm font-medium">
          <input
            {...register(`cards.${index}.keep`)}
            id={id("keep")}
            type="checkbox"
            aria-describedby={keepError ? `${id("keep")}-error` : undefined}
            className="size-4 rounded border-input accent-primary"
          />
          <span
            aria-hidden
            className={cn(
              "inline-flex size-5 items-center justify-center rounded-full text-[0.7rem] font-semibold",
              card.keep ? "bg-primary text-primary-foreground" : "bg-muted-foreground/30",
            )}
          >
            {number}
          </span>
          <span id={`${cardId(index)}-title`}>
            Log candidate {number}
            {card.keep ? null : <span className="ml-1.5 font-normal text-muted-foreground">(not a prediction)</span>}
          </span>
        </label>
        <Button variant="ghost" size="sm" onClick={() => onShowInArticle(index)}>
          <Locate aria-hidden /> Show in article<span className="sr-only">: candidate {number}</span>
        </Button>
      </div>
      {keepError ? (
        <p id={`${id("keep")}-error`} className="mx-4 mt-2 flex items-start gap-1.5 text-sm text-destructive">
          <CircleExclamationPoint aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{keepError}</span>
        </p>
      ) : null}
      <blockquote
        className={cn(
          "mx-4 mt-3 border-l-4 border-primary/40 pl-3 text-sm leading-relaxed italic",
          !card.keep && "text-muted-foreground",
        )}
        data-testid="candidate-quote"
      >
        <QuoteWithHedge quote={candidate.quote} hedge={candidate.hedge} />
      </blockquote>
      <RepeatNotice matches={repeats} />
      {card.keep ? (
        <div className="flex flex-col gap-4 px-4 pt-4 pb-5">
          <Field
            id={id("claim")}
            label="Claim"
            hint="Restate it so it can be judged TRUE or FALSE."
            error={error("claim")}
          >
            <Textarea
              {...fieldAria(id("claim"), { hint: true, error: error("claim") })}
              {...register(`cards.${index}.claim`)}
              rows={2}
            />
          </Field>
          <SpeakerField index={index} candidate={candidate} byline={byline} error={error("speaker")} />
          <CandidateProbability index={index} candidate={candidate} error={error("probability")} />
          <div className="flex flex-col gap-3">
            <label htmlFor={id("conditional")} className="flex w-fit items-center gap-2 text-sm font-medium">
              <input
                {...register(`cards.${index}.conditional`)}
                id={id("conditional")}
                type="checkbox"
                className="size-4 rounded border-input accent-primary"
              />
              Holds only if something else happens first
            </label>
            {card.conditional ? (
              <Field id={id("condition")} label="Condition" error={error("condition")}>
                <Input
                  {...fieldAria(id("condition"), { error: error("condition") })}
                  {...register(`cards.${index}.condition`)}
                  autoComplete="off"
                />
              </Field>
            ) : null}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              id={id("resolveBy")}
              label="Deadline"
              optional
              hint={
                candidate.deadline ? (
                  <span className="inline-flex items-start gap-1">
                    <CalendarCheck aria-hidden className="mt-px size-3.5 shrink-0 text-success" />
                    <span>
                      Read from “{candidate.deadline.text}”: {candidate.deadline.explanation}.
                    </span>
                  </span>
                ) : (
                  "No deadline found in the sentence."
                )
              }
              error={error("resolveBy")}
            >
              <Input
                {...fieldAria(id("resolveBy"), { hint: true, error: error("resolveBy") })}
                {...register(`cards.${index}.resolveBy`)}
                type="date"
              />
            </Field>
            <Field id={id("tags")} label="Tags" optional hint="Separated by commas." error={error("tags")}>
              <Input
                {...fieldAria(id("tags"), { hint: true, error: error("tags") })}
                {...register(`cards.${index}.tags`)}
                autoComplete="off"
                placeholder="economy, rates"
              />
            </Field>
          </div>
        </div>
      ) : (
        <div className="px-4 pt-2 pb-4">
          <Button
            variant="link"
            size="sm"
            className="h-auto px-0"
            onClick={() => setValue(`cards.${index}.keep`, true, { shouldValidate: validate })}
          >
            Tick it again to log it
          </Button>
        </div>
      )}
    </li>
  );
}

/** Who said it, with whether that name is already an analyst in the ledger (logging finds or creates by name). */
function SpeakerField({
  index,
  candidate,
  byline,
  error,
}: {
  index: number;
  candidate: ExtractedCandidate;
  byline: readonly string[];
  error: string | undefined;
}) {
  const trpc = useTRPC();
  const { register, control } = useFormContext<ArticleFormValues>();
  const speaker = useWatch({ control, name: `cards.${index}.speaker` }) ?? "";
  const name = useDebouncedValue(speaker.trim(), 300);
  const search = useQuery(
    trpc.analyst.search.queryOptions({ query: name, limit: 10 }, { enabled: slugify(name) !== "", staleTime: 30_000 }),
  );
  const known = search.data?.find((analyst) => analyst.slug === slugify(name)) ?? null;
  const id = cardFieldId(index, "speaker");
  const others = [...splitAuthors(candidate.speaker ?? ""), ...byline].filter(
    (author, at, all) => all.indexOf(author) === at && author !== speaker.trim(),
  );
  const hint = `${speakerBasis[candidate.speakerBasis]}${others.length > 0 && candidate.speakerBasis !== "attribution" ? ` Also in the byline: ${others.join(", ")}.` : ""}`;
  return (
    <Field
      id={id}
      label="Speaker"
      hint={hint}
      error={error}
      aside={
        name && search.isSuccess && name === speaker.trim() ? (
          <span className="flex items-center gap-1 text-xs text-muted-foreground" data-testid="speaker-status">
            {known ? (
              <>
                <Check aria-hidden className="size-3.5 text-success" /> In the ledger
              </>
            ) : (
              <>
                <UserPlus aria-hidden className="size-3.5 text-primary" /> New analyst
              </>
            )}
          </span>
        ) : null
      }
    >
      <Input
        {...fieldAria(id, { hint, error })}
        {...register(`cards.${index}.speaker`)}
        autoComplete="off"
        placeholder="Who made the prediction"
      />
    </Field>
  );
}
