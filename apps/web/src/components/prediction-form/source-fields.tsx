"use client";

import type { Source } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { Check, LoaderCircle, Newspaper, X } from "lucide-react";
import { useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formatDay, toUtcDateInputValue } from "@/lib/format";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useTRPC } from "@/trpc/react";
import { errorMessageAt, type PredictionFormValues } from "./form-values";

const isHttpUrl = (value: string) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * Where it was said. Pasting a URL the ledger already knows offers its source: using it fills the
 * fields from the ledger and shows them as one line (the same URL is sent, and the server files the
 * prediction under that source).
 */
export function SourceFields() {
  const trpc = useTRPC();
  const { register, setValue, formState, control } = useFormContext<PredictionFormValues>();
  const watchedUrl: unknown = useWatch({ control, name: "source.url" });
  const url = typeof watchedUrl === "string" ? watchedUrl.trim() : "";
  const [used, setUsed] = useState<Source | null>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const lookupUrl = useDebouncedValue(url, 300);
  const lookup = useQuery(
    trpc.source.byUrl.queryOptions({ url: lookupUrl }, { enabled: isHttpUrl(lookupUrl) && !used, staleTime: 30_000 }),
  );
  const found = lookup.data && lookup.data.url === url ? lookup.data : null;
  const error = (path: Parameters<typeof errorMessageAt>[1]) => errorMessageAt(formState.errors, path);
  const options = { shouldValidate: formState.isSubmitted, shouldDirty: true };

  const use = (source: Source) => {
    setValue("source.title", source.title, options);
    setValue("source.outlet", source.outlet ?? "", options);
    setValue("source.publishedAt", toUtcDateInputValue(source.publishedAt), options);
    setValue("source.url", source.url ?? url, options);
    setUsed(source);
    requestAnimationFrame(() => changeRef.current?.focus());
  };
  const enterAnother = () => {
    setUsed(null);
    for (const field of ["title", "outlet", "url", "publishedAt"] as const) setValue(`source.${field}`, "", options);
    requestAnimationFrame(() => document.getElementById("source-url")?.focus());
  };

  if (used) {
    return (
      <div className="flex flex-col gap-2">
        <span className="text-sm font-medium" id="source-used-label">
          Source already in the ledger
        </span>
        <div
          role="group"
          aria-labelledby="source-used-label"
          className="flex flex-wrap items-center justify-between gap-3 rounded-md border bg-muted/50 px-3 py-2"
          data-testid="source-used"
        >
          <p className="flex min-w-0 items-start gap-2 text-sm">
            <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
            <span className="min-w-0">
              <span className="font-medium">{used.title}</span>
              <span className="text-muted-foreground">
                {used.outlet ? `, ${used.outlet}` : ""}, {formatDay(used.publishedAt)}
              </span>
              <span className="block truncate text-xs text-muted-foreground">{used.url}</span>
            </span>
          </p>
          <Button ref={changeRef} variant="ghost" size="sm" onClick={enterAnother}>
            <X aria-hidden /> Enter another source
          </Button>
        </div>
      </div>
    );
  }

  const urlHint = "Paste the article's address: if it is already in the ledger, its details are filled in.";
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <Field id="source-url" label="URL" optional hint={urlHint} error={error("source.url")} className="sm:col-span-2">
        <div className="relative">
          <Input
            {...fieldAria("source-url", { hint: urlHint, error: error("source.url") })}
            {...register("source.url")}
            type="url"
            inputMode="url"
            placeholder="https://"
            autoComplete="off"
          />
          {lookup.isFetching ? (
            <LoaderCircle
              aria-hidden
              className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin text-muted-foreground"
            />
          ) : null}
        </div>
      </Field>
      <div aria-live="polite" className="empty:hidden sm:col-span-2">
        {found ? (
          <Alert variant="info" data-testid="existing-source">
            <p>
              This article is already in the ledger: <span className="font-medium">{found.title}</span>
              {found.outlet ? `, ${found.outlet}` : ""}, {formatDay(found.publishedAt)}. A prediction saved with this
              URL is filed under it.
            </p>
            <div>
              <Button
                size="sm"
                variant="outline"
                className="h-auto py-1.5 text-left whitespace-normal"
                onClick={() => use(found)}
              >
                <Newspaper aria-hidden /> Use the existing source: {found.title}
              </Button>
            </div>
          </Alert>
        ) : null}
      </div>
      <Field id="source-title" label="Title" error={error("source.title")} className="sm:col-span-2">
        <Input
          {...fieldAria("source-title", { error: error("source.title") })}
          {...register("source.title")}
          placeholder="The Trump-Putin summit will be flashy and meaningless"
        />
      </Field>
      <Field id="source-outlet" label="Outlet" optional error={error("source.outlet")}>
        <Input
          {...fieldAria("source-outlet", { error: error("source.outlet") })}
          {...register("source.outlet")}
          placeholder="Asia Times"
        />
      </Field>
      <Field id="source-published-at" label="Publication date" error={error("source.publishedAt")}>
        <Input
          {...fieldAria("source-published-at", { error: error("source.publishedAt") })}
          {...register("source.publishedAt")}
          type="date"
        />
      </Field>
    </div>
  );
}
