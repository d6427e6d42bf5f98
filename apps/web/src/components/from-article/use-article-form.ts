"use client";

import {
  extractArticleInput,
  MAX_ARTICLE_CHARACTERS,
  type ExtractionResult,
  type LogArticleFormValues,
} from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { notify } from "@/lib/notify";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import type { ArticleLogResult } from "./article-logged";
import {
  articleResolver,
  cardFieldId,
  cardFromCandidate,
  cardId,
  emptySource,
  errorAt,
  formatOfFile,
  placeServerErrors,
  splitAuthors,
  toLogInput,
  type ArticleFormValues,
} from "./article-values";
import { markId } from "./highlighted-article";

type ArticleFormat = "text" | "html";
interface ArticleFile {
  name: string;
  text: string;
  format: ArticleFormat;
}
/** The article as it was when the candidates were found: offsets point into `result.text`. */
export interface Extraction {
  result: ExtractionResult;
  from: { text: string; format: ArticleFormat | undefined };
}

export const plural = (count: number, word: string) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

/** A file this large cannot hold an article of the allowed length in any encoding worth reading. */
const MAX_FILE_BYTES = MAX_ARTICLE_CHARACTERS * 4;

/**
 * Enter in a one-line field never submits: finding and logging happen on their buttons only, so
 * that a half-edited card is not logged by accident.
 */
export const keepEnterFromSubmitting = (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
};

/**
 * The state and steps of adding predictions from an article: the article (pasted or read from a
 * file) and its source, finding the candidates, editing and ticking them, logging the ticked ones in
 * one request, and starting again. The sections (ArticleStep, CandidatesStep) render it.
 */
export function useArticleForm() {
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
  const { control, formState } = form;
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
      notify.success(`${plural(result.predictions.length, "prediction")} logged`, { description: result.source.title });
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
      notify.error("The predictions were not logged");
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

  return {
    form,
    fields,
    mode,
    setMode,
    pasted,
    setPasted,
    file,
    reading,
    articleError,
    setArticleError,
    extraction,
    extractError,
    writeError,
    logged,
    active,
    setActive,
    articleInputRef,
    candidatesHeadingRef,
    loggedHeadingRef,
    kept,
    tickedCount,
    stale,
    authorsError,
    formError,
    byline,
    chooseFile,
    find,
    onValid,
    startAgain,
    showCard,
    showInArticle,
    setAll,
    focusFirstInvalid,
    finding,
    logging,
    candidates,
  };
}

export type ArticleForm = ReturnType<typeof useArticleForm>;
