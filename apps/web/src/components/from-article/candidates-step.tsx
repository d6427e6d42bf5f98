"use client";

import { LoaderCircle, SearchX } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { WriteErrorAlert } from "@/components/write-error";
import { CandidateCard } from "./candidate-card";
import { HighlightedArticle } from "./highlighted-article";
import { useCandidateRepeats } from "./repeat-notice";
import { keepEnterFromSubmitting, plural, type ArticleForm, type Extraction } from "./use-article-form";

/**
 * Step 2: the candidates found, marked in the article beside their editable cards; the ticked ones
 * are logged together.
 */
export function CandidatesStep({ article, extraction }: { article: ArticleForm; extraction: Extraction }) {
  const {
    form,
    fields,
    writeError,
    active,
    setActive,
    candidatesHeadingRef,
    kept,
    tickedCount,
    stale,
    formError,
    byline,
    onValid,
    showCard,
    showInArticle,
    setAll,
    focusFirstInvalid,
    logging,
    candidates,
  } = article;
  const repeats = useCandidateRepeats(candidates);
  return (
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
            The article has changed since these candidates were found. Find the predictions again to use the new text
            (the cards below are then replaced).
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
                    repeats={repeats.get(index)}
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
