"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleHelp, Link2, LoaderCircle, Search } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { notify } from "@/lib/notify";
import { questionTerms } from "@/components/question/question-terms";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choice";
import { FieldError, errorId, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { VersionedWriteError } from "@/components/write-error";
import { formatDay } from "@/lib/format";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { usePredictionCache } from "./use-prediction-cache";

/**
 * Suggestions as a group of radio buttons (arrow keys move, Space picks), with a search box above
 * that replaces them as the editor types; then whether this prediction claims the question or its
 * opposite; then Link.
 */
export function QuestionPicker({ prediction, onDone }: { prediction: PredictionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const baseId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<string | null>(prediction.question?.key ?? null);
  const [negated, setNegated] = useState(prediction.question?.negated ?? false);
  const [pickError, setPickError] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const link = useMutation(trpc.question.link.mutationOptions());
  const typed = useDebouncedValue(text.trim(), 250);
  // On open, questions like this prediction's claim and quote; as the editor types, like the words typed.
  const suggest = useQuery(
    trpc.question.suggest.queryOptions(typed ? { q: typed, limit: 8 } : { predictionId: prediction.id, limit: 8 }, {
      placeholderData: keepPreviousData,
      staleTime: 10_000,
    }),
  );
  const suggestions = suggest.data ?? [];
  const current = prediction.question;
  const options =
    current && !suggestions.some((question) => question.key === current.key)
      ? [
          { key: current.key, title: current.title, outcome: current.outcome, resolveBy: null, predictions: null },
          ...suggestions,
        ]
      : suggestions;

  useEffect(() => {
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);

  const listId = `${baseId}-questions`;
  const submit = async () => {
    if (!picked) {
      setPickError("Pick a question, or search for one");
      requestAnimationFrame(
        () =>
          document.querySelector<HTMLInputElement>(`input[name="${listId}"]`)?.focus() ?? searchRef.current?.focus(),
      );
      return;
    }
    setPickError(null);
    setWriteError(null);
    setReloaded(false);
    try {
      const detail = await link.mutateAsync({
        predictionId: prediction.id,
        version: prediction.version,
        question: picked,
        negated,
      });
      await store(detail);
      notify.success("Linked", { description: detail.question?.title });
      onDone();
      void queryClient.invalidateQueries({ queryKey: trpc.question.pathKey() });
    } catch (error) {
      const message = serverFieldErrors(error)?.question;
      if (message) setPickError(message);
      setWriteError(error);
    }
  };

  return (
    <form
      noValidate
      aria-label="Link to a question"
      className="flex flex-col gap-4 border-t pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${baseId}-search`}>Find a question</Label>
        <div className="relative">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          />
          <Input
            ref={searchRef}
            id={`${baseId}-search`}
            type="search"
            className="pl-9"
            autoComplete="off"
            placeholder="Words from its title: summit Kim"
            value={text}
            aria-describedby={hintId(`${baseId}-search`)}
            onChange={(event) => setText(event.target.value)}
            // Enter searches at once; it does not link.
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault();
            }}
          />
          {suggest.isFetching ? (
            <LoaderCircle
              aria-hidden
              className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin text-muted-foreground"
            />
          ) : null}
        </div>
        <p id={hintId(`${baseId}-search`)} className="text-xs text-muted-foreground">
          Suggestions below resemble this prediction; type to search instead. Then pick one with the arrow keys.
        </p>
      </div>

      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={pickError ? errorId(listId) : undefined}
        aria-busy={suggest.isFetching}
      >
        <legend className="mb-2 text-sm leading-none font-medium">
          {typed ? <>Questions matching &ldquo;{typed}&rdquo;</> : "Questions like this prediction"}
        </legend>
        {suggest.isPending ? (
          <p className="text-sm text-muted-foreground" role="status">
            Looking for questions…
          </p>
        ) : suggest.isError ? (
          <p className="text-sm text-destructive" role="alert">
            The suggestions could not be loaded: {suggest.error.message}
          </p>
        ) : options.length === 0 ? (
          <p className="flex items-start gap-2 text-sm text-muted-foreground" role="status">
            <CircleHelp aria-hidden className="mt-0.5 size-4 shrink-0" />
            {typed
              ? "No question matches these words. Try others, or create a question from this prediction."
              : "No question resembles this prediction yet. Search with other words, or create one from it."}
          </p>
        ) : (
          <div className="grid gap-2" data-testid="question-suggestions">
            {options.map((question) => (
              <Choice
                key={question.key}
                name={listId}
                value={question.key}
                checked={picked === question.key}
                onChange={() => {
                  setPicked(question.key);
                  setPickError(null);
                }}
                label={question.title}
                description={[
                  question.key === current?.key ? "Linked now" : null,
                  question.outcome ? `Judged ${question.outcome.toLowerCase()}` : "Open",
                  question.resolveBy ? `deadline ${formatDay(question.resolveBy)}` : null,
                  question.predictions === null
                    ? null
                    : `${question.predictions} ${question.predictions === 1 ? "prediction" : "predictions"}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              />
            ))}
          </div>
        )}
        {pickError ? <FieldError id={listId}>{pickError}</FieldError> : null}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm leading-none font-medium">This prediction claims</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <Choice
            name={`${baseId}-negated`}
            value="same"
            checked={!negated}
            onChange={() => setNegated(false)}
            label="What the question asks"
            description={questionTerms(prediction.probability, false)}
          />
          <Choice
            name={`${baseId}-negated`}
            value="opposite"
            checked={negated}
            onChange={() => setNegated(true)}
            label="The opposite (negated)"
            description={questionTerms(prediction.probability, true)}
          />
        </div>
      </fieldset>

      <VersionedWriteError
        error={writeError}
        action="The prediction was not linked."
        reload={reload}
        reloading={reloading}
        onReloaded={() => {
          setWriteError(null);
          setReloaded(true);
        }}
        reloaded={reloaded}
        reloadedNotice={
          <>Reloaded: the page now shows version {prediction.version}. Your choice is kept; link again.</>
        }
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs text-muted-foreground">Linking version {prediction.version}.</p>
        <div className="flex gap-2">
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={link.isPending}>
            {link.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Link2 aria-hidden />}
            Link
          </Button>
        </div>
      </div>
    </form>
  );
}
