"use client";

import type { AppRouter } from "@hindsight/api";
import { isUnknownFieldIssue, MAX_LEDGER_CHARACTERS, type LedgerFormat } from "@hindsight/domain";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleCheck, FileUp, LoaderCircle } from "lucide-react";
import { useRef, useState, type DragEvent, type FormEvent } from "react";
import { Stat } from "@/components/stat";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Choice } from "@/components/ui/choice";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { WriteErrorAlert } from "@/components/write-error";
import { cn } from "@/lib/utils";
import { describeError, errorCode, serverFieldErrors } from "@/trpc/errors";
import { unbatchedClient } from "@/trpc/unbatched";
import { notify } from "@/lib/notify";

/** Problems shown before "Show all": enough to work through, few enough to draw at once. */
const FIRST_PROBLEMS = 200;

type Outcome =
  | { kind: "imported"; file: string; counts: ImportCounts; ignoredFields: string[] }
  | { kind: "refused"; file: string; heading: string; problems: [string, string][]; unknownFields: boolean }
  | { kind: "failed"; error: unknown };

type ImportCounts = inferRouterOutputs<AppRouter>["ledger"]["import"]["counts"];
type ImportInput = inferRouterInputs<AppRouter>["ledger"]["import"];

const plural = (count: number, word: string) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

/** Uploads one ledger file and shows what came of it: a summary, or every problem. */
export function ImportForm() {
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<"" | LedgerFormat>("");
  const [ignoreUnknownFields, setIgnoreUnknownFields] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const importLedger = useMutation({
    mutationFn: (input: ImportInput) => unbatchedClient().ledger.import.mutate(input),
  });
  const busy = importLedger.isPending;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(undefined);
    setOutcome(null);
  };

  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    // The input shows the dropped file too, so that the form reads the same either way.
    if (inputRef.current) inputRef.current.files = event.dataTransfer.files;
    choose(dropped);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setFileError("Choose a JSON or CSV file to import");
      inputRef.current?.focus();
      return;
    }
    if (file.size > MAX_LEDGER_CHARACTERS) {
      setFileError(
        `The file is ${(file.size / 1e6).toFixed(0)} MB; at most ${MAX_LEDGER_CHARACTERS / 1e6} MB can be imported here. Use \`pnpm hindsight import\` on the server for larger files.`,
      );
      inputRef.current?.focus();
      return;
    }
    setOutcome(null);
    try {
      const content = await file.text();
      const result = await importLedger.mutateAsync({
        content,
        filename: file.name,
        format: format || undefined,
        ignoreUnknownFields,
      });
      setOutcome({ kind: "imported", file: file.name, counts: result.counts, ignoredFields: result.ignoredFields });
      notify.success(`${file.name} imported`, {
        description: `${plural(result.counts.predictions.created, "prediction")} created, ${result.counts.predictions.updated.toLocaleString("en")} updated`,
      });
      // Lists, counts and scoreboards all read what was just written.
      await queryClient.invalidateQueries();
    } catch (error) {
      const problems = serverFieldErrors(error);
      if (!problems) {
        setOutcome({ kind: "failed", error });
        return;
      }
      const entries = Object.entries(problems);
      const heading =
        errorCode(error) === "BAD_REQUEST"
          ? `${file.name} is not a valid ledger: ${plural(entries.length, "problem")}. Nothing was imported.`
          : `${describeError(error)}. Nothing was imported.`;
      const unknownFields = entries.some(([path, message]) => isUnknownFieldIssue({ path, message }));
      setOutcome({ kind: "refused", file: file.name, heading, problems: entries, unknownFields });
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardContent>
          <form
            aria-label="Import a ledger file"
            noValidate
            onSubmit={(event) => void onSubmit(event)}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={cn(
              "flex flex-col gap-5 rounded-lg border border-dashed border-transparent p-1 transition-colors",
              dragging && "border-primary bg-accent/40",
            )}
          >
            <Field
              id="ledger-file"
              label="Ledger file"
              hint="A .json file (format hindsight/v1) or a .csv file with a header row; you can also drop it here."
              error={fileError}
            >
              <Input
                ref={inputRef}
                type="file"
                accept=".json,.csv,application/json,text/csv"
                onChange={(event) => choose(event.target.files?.[0] ?? null)}
                disabled={busy}
                className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-secondary file:px-2.5 file:py-1 file:text-xs file:font-medium file:text-secondary-foreground"
                {...fieldAria("ledger-file", { hint: true, error: fileError })}
              />
            </Field>
            <Field
              id="ledger-format"
              label="Format"
              hint="Read from the file's name (.json or .csv), else from its content."
              className="sm:max-w-xs"
            >
              <Select
                value={format}
                onChange={(event) => setFormat(event.target.value as "" | LedgerFormat)}
                disabled={busy}
                {...fieldAria("ledger-format", { hint: true })}
              >
                <option value="">From the file</option>
                <option value="json">JSON (hindsight/v1)</option>
                <option value="csv">CSV</option>
              </Select>
            </Field>
            <Choice
              type="checkbox"
              checked={ignoreUnknownFields}
              onChange={(event) => setIgnoreUnknownFields(event.target.checked)}
              disabled={busy}
              label="Ignore fields this Hindsight does not know"
              description="A file from a newer Hindsight may carry fields (CSV: columns) this one cannot store. Unticked, such a file is refused with each of them listed; ticked, it is imported without them, and the summary says which were left out."
              className="w-fit"
            />
            <div>
              <Button type="submit" disabled={busy}>
                {busy ? <LoaderCircle aria-hidden className="animate-spin" /> : <FileUp aria-hidden />}
                {busy ? "Importing…" : "Import"}
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <div aria-live="polite">{outcome ? <ImportOutcome outcome={outcome} /> : null}</div>
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === "failed") return <WriteErrorAlert error={outcome.error} action="The file was not imported." />;
  if (outcome.kind === "refused") return <Problems outcome={outcome} />;
  const { predictions, judgements, analysts, sources, questions, references } = outcome.counts;
  const questionsChanged =
    questions.created + questions.updated + questions.judged + references.created + references.updated > 0;
  return (
    <Card data-testid="import-summary">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <CircleCheck aria-hidden className="size-4 text-success" />
          Imported {outcome.file}
        </CardTitle>
        <CardDescription>
          {predictions.created + predictions.updated + judgements.created === 0
            ? "Nothing changed: the ledger already holds everything in this file."
            : "Changed predictions have their before and after in their history; new outcomes were added as judgements."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="Predictions created" value={predictions.created.toLocaleString("en")} />
          <Stat label="Predictions updated" value={predictions.updated.toLocaleString("en")} />
          <Stat label="Judgements added" value={judgements.created.toLocaleString("en")} />
          <Stat label="Unchanged" value={predictions.unchanged.toLocaleString("en")} />
        </dl>
        <p className="text-sm text-muted-foreground">
          Analysts: {analysts.created.toLocaleString("en")} created, {analysts.updated.toLocaleString("en")} updated.
          Sources: {sources.created.toLocaleString("en")} created, {sources.updated.toLocaleString("en")} updated.
          {questionsChanged ? (
            <>
              {" "}
              Questions: {questions.created.toLocaleString("en")} created, {questions.updated.toLocaleString("en")}{" "}
              updated, {questions.judged.toLocaleString("en")} judged (their outcome given to every linked prediction).
              Reference forecasts: {references.created.toLocaleString("en")} added,{" "}
              {references.updated.toLocaleString("en")} corrected.
            </>
          ) : null}
        </p>
        {outcome.ignoredFields.length ? (
          <Alert variant="warning" data-testid="import-ignored">
            <div className="flex flex-col gap-1.5">
              <p>Left out {plural(outcome.ignoredFields.length, "field")} this Hindsight does not know, as asked:</p>
              <ul className="max-h-48 list-none overflow-y-auto font-mono text-xs">
                {outcome.ignoredFields.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            </div>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}

function Problems({ outcome }: { outcome: Extract<Outcome, { kind: "refused" }> }) {
  const [all, setAll] = useState(false);
  const shown = all ? outcome.problems : outcome.problems.slice(0, FIRST_PROBLEMS);
  return (
    <Alert role="alert" data-testid="import-problems">
      <p className="font-medium">{outcome.heading}</p>
      <ol className="max-h-[28rem] list-none overflow-y-auto rounded-md border border-destructive/20 bg-card text-foreground">
        {shown.map(([path, message]) => (
          <li key={path} className="border-b border-border/60 px-3 py-1.5 last:border-b-0">
            {/* "content" and "_" are the upload itself rather than a place in it. */}
            {path === "content" || path === "_" ? null : (
              <span className="mr-1 font-mono text-xs text-muted-foreground">{path}:</span>
            )}{" "}
            <span>{message}</span>
          </li>
        ))}
      </ol>
      {shown.length < outcome.problems.length ? (
        <div>
          <Button size="sm" variant="outline" onClick={() => setAll(true)}>
            Show all {outcome.problems.length.toLocaleString("en")} problems
          </Button>
        </div>
      ) : null}
      {outcome.unknownFields ? (
        <p className="text-muted-foreground">
          Fields marked “unknown” come from a newer Hindsight or a typo: tick “Ignore fields this Hindsight does not
          know” to import the file without them.
        </p>
      ) : null}
      <p className="text-muted-foreground">Fix these in the file and import it again; your file choice is kept.</p>
    </Alert>
  );
}
