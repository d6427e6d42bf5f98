"use client";

import {
  extractArticleInput,
  MAX_ARTICLE_CHARACTERS,
  type ExtractionResult,
  type LogArticleFormValues,
} from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileText, LoaderCircle, ScanSearch, SearchX } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { FormProvider, useFieldArray, useForm, useWatch, type Path } from "react-hook-form";
import { toast } from "sonner";
import type { PredictionFormValues } from "@/components/predictions/form-values";
import { SourceFields } from "@/components/predictions/source-fields";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Segmented } from "@/components/ui/segmented";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { WriteErrorAlert } from "@/components/write-error";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { ArticleLogged, type ArticleLogResult } from "./article-logged";
import {
  articleResolver,
  cardFromCandidate,
  emptySource,
  errorAt,
  formatOfFile,
  placeServerErrors,
  splitAuthors,
  toLogInput,
  type ArticleFormValues,
} from "./article-values";
import { CandidateCard, cardFieldId, cardId } from "./candidate-card";
import { HighlightedArticle, markId } from "./highlighted-article";

type ArticleFormat = "text" | "html";
interface ArticleFile {
  name: string;
  text: string;
  format: ArticleFormat;
}
/** The article as it was when the candidates were found: offsets point into `result.text`. */
interface Extraction {
  result: ExtractionResult;
  from: { text: string; format: ArticleFormat | undefined };
}

const articleModes = [
  { value: "paste", label: "Paste text" },
  { value: "file", label: "Upload a file" },
] as const;

const plural = (count: number, word: string) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

/** A file this large cannot hold an article of the allowed length in any encoding worth reading. */
const MAX_FILE_BYTES = MAX_ARTICLE_CHARACTERS * 4;

/**
 * Enter in a one-line field never submits: finding and logging happen on their buttons only, so
 * that a half-edited card is not logged by accident.
 */
const keepEnterFromSubmitting = (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
};

/**
 * Adds predictions from an article: (1) paste it or upload a .txt/.html file and describe the
 * source; (2) "Find predictions" marks every candidate in the text and lists it as an editable
 * card; (3) the ticked cards are logged in one request, under one source.
 */
export function FromArticleForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [pasted, setPasted] = useState("");
  const [file, setFile] = useState<ArticleFile | null>(null);
  const [reading, setReading] = useState(false);
  const [articleError, setArticleError] = useState<string | undefined>();
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const extractionRef = useRef<Extraction | null>(null);
  const [extractError, setExtractError] = useState<unknown>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [logged, setLogged] = useState<ArticleLogResult | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const articleInputRef = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  const candidatesHeadingRef = useRef<HTMLHeadingElement>(null);
  const loggedHeadingRef = useRef<HTMLHeadingElement>(null);

  const resolver = useMemo(() => articleResolver(() => extractionRef.current?.result ?? null), []);
  const form = useForm<ArticleFormValues, unknown, LogArticleFormValues>({
    resolver,
    defaultValues: { source: emptySource(), cards: [] },
    // Focus is moved by focusFirstInvalid, which also reaches the source fields above the cards.
    shouldFocusError: false,
  });
  const { control, register, formState } = form;
  const { fields, replace } = useFieldArray({ control, name: "cards" });
  const cards = useWatch({ control, name: "cards" });
  // Stable while only the text of the cards changes, so that typing does not redraw the article.
  const keptKey = cards.map((card) => (card.keep ? "1" : "0")).join("");
  const kept = useMemo(() => [...keptKey].map((flag) => flag === "1"), [keptKey]);
  const tickedCount = kept.filter(Boolean).length;
  const extract = useMutation(trpc.extract.run.mutationOptions());
  const log = useMutation(trpc.extract.log.mutationOptions());

  const articleText = mode === "paste" ? pasted : (file?.text ?? "");
  const articleFormat = mode === "file" ? file?.format : undefined;
  const stale =
    extraction !== null && (extraction.from.text !== articleText || extraction.from.format !== articleFormat);
  const authorsError = errorAt(formState.errors, "source.authors");
  const formError = errorAt(formState.errors, "root");
  const byline = splitAuthors(useWatch({ control, name: "source.authors" }) ?? "");

  const focusFirstInvalid = () => {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const chooseFile = async (chosen: File | null) => {
    setArticleError(undefined);
    if (!chosen) {
      setFile(null);
      return;
    }
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      setArticleError(
        `The file is ${(chosen.size / 1e6).toFixed(1)} MB; an article can be at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters`,
      );
      return;
    }
    setReading(true);
    try {
      // Read here, in the browser: only the text is sent.
      setFile({ name: chosen.name, text: await chosen.text(), format: formatOfFile(chosen) });
    } catch {
      setFile(null);
      setArticleError("The file could not be read; save it as .txt or .html and try again");
    } finally {
      setReading(false);
    }
  };

  const find = async () => {
    if (extract.isPending || reading) return;
    setArticleError(undefined);
    setExtractError(null);
    form.clearErrors(["source.publishedAt", "source.authors"]);
    const request = {
      text: articleText,
      publishedAt: form.getValues("source.publishedAt"),
      authors: splitAuthors(form.getValues("source.authors")),
      ...(articleFormat ? { format: articleFormat } : {}),
    };
    if (mode === "file" && !file) {
      setArticleError("Choose a .txt or .html file, or paste the text instead");
      articleInputRef.current?.focus();
      return;
    }
    const checked = extractArticleInput.safeParse(request);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const [field] = issue.path;
        if (field === "publishedAt") form.setError("source.publishedAt", { type: "validate", message: issue.message });
        else if (field === "authors") form.setError("source.authors", { type: "validate", message: issue.message });
        else setArticleError(issue.message);
      }
      if (checked.error.issues.some((issue) => issue.path[0] === "text")) articleInputRef.current?.focus();
      else focusFirstInvalid();
      return;
    }
    try {
      const result = await extract.mutateAsync(request);
      const next = { result, from: { text: request.text, format: articleFormat } };
      extractionRef.current = next;
      setExtraction(next);
      setLogged(null);
      setWriteError(null);
      setActive(null);
      // The byline the extractor read fills the authors field when it was left blank.
      if (request.authors.length === 0 && result.authors.length > 0) {
        form.setValue("source.authors", result.authors.join(", "), { shouldDirty: true });
      }
      const names = request.authors.length > 0 ? request.authors : result.authors;
      form.clearErrors();
      replace(result.candidates.map((candidate) => cardFromCandidate(candidate, names)));
      requestAnimationFrame(() => candidatesHeadingRef.current?.focus());
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors?.text) {
        setArticleError(fieldErrors.text);
        articleInputRef.current?.focus();
      } else if (fieldErrors?.publishedAt) {
        form.setError("source.publishedAt", { type: "server", message: fieldErrors.publishedAt });
        focusFirstInvalid();
      } else setExtractError(error);
    }
  };

  const onValid = async (input: LogArticleFormValues) => {
    const current = extractionRef.current;
    if (!current) return;
    setWriteError(null);
    const { ticked } = toLogInput(form.getValues(), current.result);
    try {
      const result = await log.mutateAsync(input);
      toast.success(`${plural(result.predictions.length, "prediction")} logged`, { description: result.source.title });
      // Everything the new predictions can appear in or add to.
      await Promise.all(
        [
          trpc.prediction.list.pathKey(),
          trpc.prediction.due.pathKey(),
          trpc.prediction.dueCount.queryKey(),
          trpc.analyst.pathKey(),
          trpc.source.pathKey(),
          trpc.scoreboard.pathKey(),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      // One prediction: its page, as after logging by hand. Several: the summary here, which links each.
      const [only] = result.predictions;
      if (result.predictions.length === 1 && only) {
        router.push(`/predictions/${encodeURIComponent(only.id)}?logged=article`);
        return;
      }
      setLogged(result);
      requestAnimationFrame(() => loggedHeadingRef.current?.focus());
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const placed = placeServerErrors(fieldErrors, ticked);
        for (const [path, message] of placed.onFields) form.setError(path, { type: "server", message });
        if (placed.article) setArticleError(placed.article);
        form.setError("root", {
          type: "server",
          message:
            placed.unplaced.length > 0
              ? `Nothing was logged: ${placed.unplaced.join(" ")}`
              : "Nothing was logged: some fields need attention.",
        });
        focusFirstInvalid();
      } else {
        setWriteError(error);
      }
      toast.error("The predictions were not logged");
    }
  };

  const startAgain = () => {
    setLogged(null);
    setExtraction(null);
    extractionRef.current = null;
    setPasted("");
    setFile(null);
    setMode("paste");
    replace([]);
    form.reset({ source: emptySource(), cards: [] });
    requestAnimationFrame(() => articleInputRef.current?.focus());
  };

  const showCard = useCallback((index: number) => {
    setActive(index);
    const card = document.getElementById(cardId(index));
    card?.scrollIntoView({ block: "nearest" });
    document.getElementById(cardFieldId(index, "keep"))?.focus({ preventScroll: true });
  }, []);
  const showInArticle = useCallback((index: number) => {
    setActive(index);
    const mark = document.getElementById(markId(index));
    mark?.scrollIntoView({ block: "center" });
    mark?.focus({ preventScroll: true });
  }, []);
  const setAll = (keep: boolean) => {
    cards.forEach((_, index) => form.setValue(`cards.${index}.keep`, keep, { shouldValidate: formState.isSubmitted }));
  };

  const finding = extract.isPending;
  const logging = formState.isSubmitting || log.isPending;
  const candidates = extraction?.result.candidates ?? [];
  const textHint = `The article's text as published, up to ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters. Pasted HTML is read as HTML.`;

  return (
    <FormProvider {...form}>
      <div className="flex flex-col gap-8">
        {/* Once logged, only the outcome stays: the same article is not logged twice by accident. */}
        {logged ? null : (
          <form
            aria-label="The article"
            noValidate
            className="flex flex-col gap-6"
            onKeyDown={keepEnterFromSubmitting}
            onSubmit={(event) => {
              event.preventDefault();
              void find();
            }}
          >
            <Card>
              <CardHeader>
                <CardTitle>1. The article</CardTitle>
                <CardDescription>Paste its text, or upload it as a .txt or .html file.</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-col gap-4">
                <Segmented
                  name="article-mode"
                  legend="Give the article as"
                  value={mode}
                  options={articleModes}
                  onChange={(next) => {
                    setMode(next);
                    setArticleError(undefined);
                    requestAnimationFrame(() => articleInputRef.current?.focus());
                  }}
                />
                {mode === "paste" ? (
                  <Field id="article-text" label="Article text" hint={textHint} error={articleError}>
                    <Textarea
                      {...fieldAria("article-text", { hint: true, error: articleError })}
                      ref={(element) => {
                        articleInputRef.current = element;
                      }}
                      value={pasted}
                      onChange={(event) => {
                        setPasted(event.target.value);
                        if (articleError) setArticleError(undefined);
                      }}
                      rows={12}
                      limit={MAX_ARTICLE_CHARACTERS}
                      spellCheck={false}
                      placeholder={"By Jane Doe\n\nThe talks will be flashy, vague and ultimately meaningless…"}
                    />
                  </Field>
                ) : (
                  <Field
                    id="article-file"
                    label="Article file"
                    hint="A .txt file, or an .html page saved from the browser; it is read here, in your browser."
                    error={articleError}
                  >
                    <Input
                      {...fieldAria("article-file", { hint: true, error: articleError })}
                      ref={(element) => {
                        articleInputRef.current = element;
                      }}
                      type="file"
                      accept=".txt,.html,.htm,text/plain,text/html"
                      onChange={(event) => void chooseFile(event.target.files?.[0] ?? null)}
                      className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-secondary file:px-2.5 file:py-1 file:text-xs file:font-medium file:text-secondary-foreground"
                    />
                    {file ? (
                      <p className="flex items-center gap-2 text-sm text-muted-foreground" data-testid="article-file">
                        <FileText aria-hidden className="size-4 shrink-0" />
                        {file.name}: {plural(file.text.length, "character")}, read as{" "}
                        {file.format === "html" ? "HTML" : "plain text"}
                      </p>
                    ) : null}
                  </Field>
                )}
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>Where it was published</CardTitle>
                <CardDescription>
                  One source for every prediction logged from it. A URL already in the ledger files them under that
                  source.
                </CardDescription>
              </CardHeader>
              <CardContent className="flex flex-col gap-5">
                {/* Single logging's source fields (and its lookup of a URL already in the ledger), on this form's source.* values. */}
                <SourceFields />
                <Field
                  id="source-authors"
                  label="Authors"
                  optional
                  hint="Separated by commas. Left blank, the byline found in the article is used."
                  error={authorsError}
                >
                  <Input
                    {...fieldAria("source-authors", { hint: true, error: authorsError })}
                    {...register("source.authors")}
                    autoComplete="off"
                    placeholder="Jane Doe, John Roe"
                  />
                </Field>
              </CardContent>
            </Card>

            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" size="lg" disabled={finding || reading} aria-disabled={finding || reading}>
                {finding ? <LoaderCircle aria-hidden className="animate-spin" /> : <ScanSearch aria-hidden />}
                {finding ? "Finding predictions…" : extraction ? "Find predictions again" : "Find predictions"}
              </Button>
              <p className="text-sm text-muted-foreground">Nothing is saved until you log the predictions.</p>
            </div>
            {extractError ? <WriteErrorAlert error={extractError} action="The article was not read." /> : null}
          </form>
        )}

        <section aria-labelledby="candidates-heading" aria-busy={finding} className="flex flex-col gap-4">
          <p className="sr-only" aria-live="polite">
            {finding
              ? "Reading the article…"
              : extraction
                ? `${plural(candidates.length, "candidate prediction")} found`
                : ""}
          </p>
          {finding ? (
            <FindingSkeleton />
          ) : logged ? (
            <ArticleLogged result={logged} headingRef={loggedHeadingRef} onStartAgain={startAgain} />
          ) : extraction ? (
            <>
              <div className="flex flex-col gap-1.5">
                <h2
                  id="candidates-heading"
                  ref={candidatesHeadingRef}
                  tabIndex={-1}
                  className="text-xl font-semibold tracking-tight focus-visible:outline-none"
                >
                  2. Check the candidates
                </h2>
                <p className="text-sm text-muted-foreground">
                  {candidates.length === 0
                    ? "No sentence of this article reads as a prediction."
                    : `${plural(candidates.length, "candidate")} found, each marked in the article. Untick what is not a prediction, correct the rest, then log them together.`}
                </p>
              </div>
              {stale ? (
                <Alert variant="warning" role="status">
                  <p>
                    The article has changed since these candidates were found. Find the predictions again to use the new
                    text (the cards below are then replaced).
                  </p>
                </Alert>
              ) : null}
              {candidates.length === 0 ? (
                <NoCandidates />
              ) : (
                <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
                  <Card className="lg:sticky lg:top-20">
                    <CardHeader className="pb-0">
                      <CardTitle>The article</CardTitle>
                      <CardDescription>
                        {extraction.result.format === "html" ? "The text read from the HTML. " : ""}
                        Click a marked passage to go to its card.
                      </CardDescription>
                    </CardHeader>
                    <CardContent className="lg:max-h-[calc(100dvh-12rem)] lg:overflow-y-auto">
                      <HighlightedArticle
                        text={extraction.result.text}
                        candidates={candidates}
                        kept={kept}
                        active={active}
                        onSelect={showCard}
                      />
                    </CardContent>
                  </Card>
                  <form
                    aria-label="Candidate predictions"
                    noValidate
                    className="flex flex-col gap-4"
                    onKeyDown={keepEnterFromSubmitting}
                    onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
                  >
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="text-muted-foreground" data-testid="ticked-count">
                        {tickedCount} of {candidates.length} ticked
                      </span>
                      <Button variant="ghost" size="sm" onClick={() => setAll(true)}>
                        Tick all
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => setAll(false)}>
                        Untick all
                      </Button>
                    </div>
                    <ol className="flex flex-col gap-4" aria-label="Candidates">
                      {fields.map((field, index) => {
                        const candidate = candidates[index];
                        return candidate ? (
                          <CandidateCard
                            key={field.id}
                            index={index}
                            candidate={candidate}
                            byline={byline}
                            active={active === index}
                            onShowInArticle={showInArticle}
                            onActivate={setActive}
                          />
                        ) : null;
                      })}
                    </ol>
                    {formError ? (
                      <Alert role="alert" data-testid="log-error">
                        <p>{formError}</p>
                      </Alert>
                    ) : null}
                    {writeError ? <WriteErrorAlert error={writeError} action="Nothing was logged." /> : null}
                    <div className="sticky bottom-0 -mx-1 flex flex-col gap-2 border-t bg-background/95 px-1 py-3 backdrop-blur sm:flex-row sm:items-center sm:justify-between">
                      <p className="text-sm text-muted-foreground">
                        {tickedCount === 0
                          ? "Tick at least one candidate to log it."
                          : "Logged together: if one is refused, none is saved."}
                      </p>
                      <Button
                        type="submit"
                        size="lg"
                        disabled={logging || tickedCount === 0}
                        aria-disabled={logging || tickedCount === 0}
                      >
                        {logging ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
                        {logging ? "Logging…" : `Log ${plural(tickedCount, "prediction")}`}
                      </Button>
                    </div>
                  </form>
                </div>
              )}
            </>
          ) : (
            <p className="rounded-xl border border-dashed px-6 py-10 text-center text-sm text-muted-foreground">
              The candidates appear here, marked in the article, once you find the predictions.
            </p>
          )}
        </section>
      </div>
    </FormProvider>
  );
}

// SourceFields is written against single logging's form values: checked at compile time, every
// source.* path it uses exists on this form too.
type SharedSourcePath = Extract<Path<PredictionFormValues>, `source.${string}`>;
const _sourcePathsMatch: SharedSourcePath extends Path<ArticleFormValues> ? true : false = true;
void _sourcePathsMatch;

function FindingSkeleton() {
  return (
    <div aria-hidden className="grid gap-6 lg:grid-cols-2" data-testid="finding">
      <div className="flex flex-col gap-3 rounded-xl border bg-card p-6">
        <Skeleton className="h-5 w-40" />
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className={index % 3 === 2 ? "h-4 w-2/3" : "h-4 w-full"} />
        ))}
      </div>
      <div className="flex flex-col gap-4">
        <Skeleton className="h-44 w-full rounded-xl" />
        <Skeleton className="h-44 w-full rounded-xl" />
      </div>
    </div>
  );
}

function NoCandidates() {
  return (
    <div
      className="flex flex-col items-center gap-3 rounded-xl border border-dashed px-6 py-12 text-center"
      data-testid="no-candidates"
    >
      <SearchX aria-hidden className="size-8 text-muted-foreground" />
      <p className="font-medium">No predictions found</p>
      <p className="max-w-md text-sm text-muted-foreground">
        Hindsight looks for sentences about what will happen, said with words such as “will”, “may” or “is unlikely to”.
        Questions and accounts of the past are left out. If the article does make a forecast, log it by hand.
      </p>
      <Link href="/predictions/new" className={buttonVariants({ variant: "outline" })}>
        Log a prediction by hand
      </Link>
    </div>
  );
}
