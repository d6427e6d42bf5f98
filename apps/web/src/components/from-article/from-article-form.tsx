"use client";

import { FormProvider, type Path } from "react-hook-form";
import type { PredictionFormValues } from "@/components/prediction-form/form-values";
import { Skeleton } from "@/components/ui/skeleton";
import { ArticleLogged } from "./article-logged";
import { ArticleStep } from "./article-step";
import type { ArticleFormValues } from "./article-values";
import { CandidatesStep } from "./candidates-step";
import { plural, useArticleForm } from "./use-article-form";

/**
 * Adds predictions from an article: (1) paste it or upload a .txt/.html file and describe the
 * source; (2) "Find predictions" marks every candidate in the text and lists it as an editable
 * card; (3) the ticked cards are logged in one request, under one source.
 */
export function FromArticleForm() {
  const article = useArticleForm();
  const { form, logged, finding, extraction, candidates, loggedHeadingRef, startAgain } = article;
  return (
    <FormProvider {...form}>
      <div className="flex flex-col gap-8">
        {/* Once logged, only the outcome stays: the same article is not logged twice by accident. */}
        {logged ? null : <ArticleStep article={article} />}

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
            <CandidatesStep article={article} extraction={extraction} />
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
