"use client";

import { MAX_ARTICLE_CHARACTERS } from "@hindsight/domain";
import { FileText, LoaderCircle, ScanSearch } from "lucide-react";
import { SourceFields } from "@/components/prediction-form/source-fields";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Segmented } from "@/components/ui/segmented";
import { Textarea } from "@/components/ui/textarea";
import { WriteErrorAlert } from "@/components/write-error";
import { keepEnterFromSubmitting, plural, type ArticleForm } from "./use-article-form";

const articleModes = [
  { value: "paste", label: "Paste text" },
  { value: "file", label: "Upload a file" },
] as const;

/** Step 1: the article (pasted, or a .txt/.html file read in the browser), its source and "Find predictions". */
export function ArticleStep({ article }: { article: ArticleForm }) {
  const {
    form,
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
    articleInputRef,
    authorsError,
    chooseFile,
    find,
    finding,
  } = article;
  const { register } = form;
  const textHint = `The article's text as published, up to ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters. Pasted HTML is read as HTML.`;
  return (
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
            One source for every prediction logged from it. A URL already in the ledger files them under that source.
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
  );
}
