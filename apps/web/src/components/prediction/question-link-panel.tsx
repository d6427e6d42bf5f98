"use client";

import type { PredictionDetail, Role } from "@hindsight/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleHelp, Link2, Link2Off, LoaderCircle, Pencil, Plus, Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { QuestionFields } from "@/components/question/question-fields";
import { resolverFrom } from "@/components/question/question-form-resolver";
import {
  checkCreateQuestion,
  questionFormFromPrediction,
  questionFormPaths,
  type QuestionFormValues,
} from "@/components/question/question-form-values";
import { questionTerms } from "@/components/question/question-terms";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Choice } from "@/components/ui/choice";
import { FieldError, errorId, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { WriteErrorAlert } from "@/components/write-error";
import { placeFieldErrors } from "@/lib/field-errors";
import { formatDay } from "@/lib/format";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { EditorGate } from "./editor-gate";
import { usePredictionCache } from "./use-prediction-cache";
import { notify } from "@/lib/notify";

type Mode = "view" | "pick" | "create";

/**
 * The prediction's question: one event, judged once for every prediction that speaks about it.
 * Linked, it names the question (a link) and whether this prediction claims its opposite; editors
 * change or remove the link. Not linked, editors pick a question from suggestions (full-text
 * search over questions and the claims already linked to them, from this prediction's words or
 * from what they type) or create one from this prediction. Every write names the prediction's
 * version; a stale one is refused with the conflict message and Reload.
 */
export function QuestionLinkPanel({ prediction, role }: { prediction: PredictionDetail; role: Role | null }) {
  const [mode, setMode] = useState<Mode>("view");
  const openRef = useRef<HTMLButtonElement>(null);
  const linked = prediction.question;
  const close = () => {
    setMode("view");
    requestAnimationFrame(() => openRef.current?.focus());
  };

  const body = (
    <section id="question" aria-labelledby="question-link-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="question-link-title">Question</CardTitle>
          <CardDescription>
            Predictions about the same event are linked to one question, judged once for all of them and compared on it.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {linked ? (
            <div className="flex flex-col gap-2 text-sm" data-testid="linked-question">
              <p className="flex flex-wrap items-center gap-2">
                <span className="text-muted-foreground">Linked to</span>
                <Link
                  href={`/questions/${encodeURIComponent(linked.key)}`}
                  className="font-medium text-primary underline-offset-2 hover:underline"
                >
                  {linked.title}
                </Link>
                <StatusBadge outcome={linked.outcome} />
              </p>
              <p data-testid="linked-question-terms">
                {linked.negated ? (
                  <>
                    <span className="font-medium">Negated: this prediction claims the opposite of the question.</span>{" "}
                    {questionTerms(prediction.probability, true)}.
                  </>
                ) : (
                  <>It claims what the question asks: {questionTerms(prediction.probability, false)}.</>
                )}
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">Not linked to a question.</p>
          )}
          <EditorGate role={role} explain={false}>
            {mode === "view" ? (
              <LinkActions
                prediction={prediction}
                openRef={openRef}
                onPick={() => setMode("pick")}
                onCreate={() => setMode("create")}
              />
            ) : mode === "pick" ? (
              <QuestionPicker prediction={prediction} onDone={close} />
            ) : (
              <CreateFromPrediction prediction={prediction} onDone={close} />
            )}
          </EditorGate>
        </CardContent>
      </Card>
    </section>
  );
  // Readers see the section only when there is a link to show.
  return linked ? (
    body
  ) : (
    <EditorGate role={role} explain={false}>
      {body}
    </EditorGate>
  );
}

function LinkActions({
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

/**
 * Suggestions as a group of radio buttons (arrow keys move, Space picks), with a search box above
 * that replaces them as the editor types; then whether this prediction claims the question or its
 * opposite; then Link.
 */
function QuestionPicker({ prediction, onDone }: { prediction: PredictionDetail; onDone: () => void }) {
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

      {writeError ? (
        <WriteErrorAlert
          error={writeError}
          action="The prediction was not linked."
          onReload={() =>
            void reload().then(() => {
              setWriteError(null);
              setReloaded(true);
            })
          }
          reloading={reloading}
        />
      ) : null}
      {reloaded ? (
        <Alert variant="info" role="status">
          <p>Reloaded: the page now shows version {prediction.version}. Your choice is kept; link again.</p>
        </Alert>
      ) : null}

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

const createResolver = resolverFrom(checkCreateQuestion);

/** A new question from this prediction (title from its claim, criteria and deadline from its own), linked to it at once. */
function CreateFromPrediction({ prediction, onDone }: { prediction: PredictionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const { reload, reloading } = usePredictionCache(prediction.id);
  const create = useMutation(trpc.question.create.mutationOptions());
  const form = useForm<QuestionFormValues>({
    resolver: createResolver,
    defaultValues: questionFormFromPrediction(prediction),
    shouldFocusError: false,
  });

  useEffect(() => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("textarea")?.focus());
  }, []);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: QuestionFormValues) => {
    const check = checkCreateQuestion(values);
    if (!check.ok) return;
    setWriteError(null);
    setReloaded(false);
    try {
      const created = await create.mutateAsync({
        ...check.fields,
        fromPrediction: { id: prediction.id, version: prediction.version, negated: false },
      });
      queryClient.setQueryData(trpc.question.byKey.queryKey({ key: created.key }), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.question.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.question.suggest.pathKey() }),
        // The prediction now has a link and a new version: fetch it.
        reload(),
      ]);
      notify.success("Question created and linked", { description: created.title });
      onDone();
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const { onFields } = placeFieldErrors(fieldErrors, questionFormPaths);
        for (const [path, message] of onFields) form.setError(path, { type: "server", message });
        focusFirstInvalid();
      }
      setWriteError(error);
    }
  };

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-label="Create a question from this prediction"
        className="flex flex-col gap-5 border-t pt-4"
        onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
      >
        <p className="text-sm text-muted-foreground">
          Starts from the claim, criteria and deadline; reword the title as the event itself, so that other
          analysts&rsquo; predictions can be linked to it. This prediction is linked as claiming what the question asks.
        </p>
        <QuestionFields idPrefix="from-prediction" />
        {writeError ? (
          <WriteErrorAlert
            error={writeError}
            action="The question was not created."
            onReload={() =>
              void reload().then(() => {
                setWriteError(null);
                setReloaded(true);
              })
            }
            reloading={reloading}
          />
        ) : null}
        {reloaded ? (
          <Alert variant="info" role="status">
            <p>Reloaded: the page now shows version {prediction.version}. Your entries are kept; create again.</p>
          </Alert>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Plus aria-hidden />}
            Create and link
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
