"use client";

import { foldText, type Analyst } from "@hindsight/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { LoaderCircle, Search, UserPlus, UserRound, X } from "lucide-react";
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { errorMessageAt, type PredictionFormValues } from "./form-values";

const SEARCH_LIMIT = 8;

/**
 * Who made the prediction: an analyst already in the ledger, found by typing part of their name
 * (a combobox over `analyst.search`), or a new one with a name and an optional affiliation.
 */
export function AnalystField() {
  const { register, setValue, setFocus, formState } = useFormContext<PredictionFormValues>();
  const analyst = useWatch<PredictionFormValues, "analyst">({ name: "analyst" });
  const [selected, setSelected] = useState<Analyst | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const validate = formState.isSubmitted;
  // Each switch replaces the control that had focus: hand it to the control that replaces it.
  const afterRender = (focus: () => void) => requestAnimationFrame(focus);

  const pick = (picked: Analyst) => {
    setSelected(picked);
    setValue("analyst", { mode: "existing", id: picked.id }, { shouldValidate: validate, shouldDirty: true });
    afterRender(() => changeRef.current?.focus());
  };
  const startNew = (name: string) => {
    setValue("analyst", { mode: "new", name, affiliation: "" }, { shouldValidate: validate, shouldDirty: true });
    afterRender(() => setFocus(name ? "analyst.affiliation" : "analyst.name"));
  };
  const searchInstead = () => {
    setSelected(null);
    setValue("analyst", { mode: "existing", id: "" }, { shouldValidate: validate, shouldDirty: true });
    afterRender(() => searchRef.current?.focus());
  };

  if (analyst.mode === "new") {
    const nameError = errorMessageAt(formState.errors, "analyst.name") ?? errorMessageAt(formState.errors, "analyst");
    const affiliationError = errorMessageAt(formState.errors, "analyst.affiliation");
    return (
      <div className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="analyst-name" label="New analyst's name" error={nameError}>
            <Input
              {...fieldAria("analyst-name", { error: nameError })}
              {...register("analyst.name")}
              autoComplete="off"
              placeholder="Tereza Novotna"
            />
          </Field>
          <Field id="analyst-affiliation" label="Affiliation" optional error={affiliationError}>
            <Input
              {...fieldAria("analyst-affiliation", { error: affiliationError })}
              {...register("analyst.affiliation")}
              autoComplete="off"
              placeholder="Freie Universität Berlin"
            />
          </Field>
        </div>
        <div>
          <Button variant="link" size="sm" className="h-auto px-0" onClick={searchInstead}>
            <Search aria-hidden /> Pick an analyst already in the ledger instead
          </Button>
        </div>
      </div>
    );
  }

  const idError = errorMessageAt(formState.errors, "analyst.id") ?? errorMessageAt(formState.errors, "analyst");
  if (analyst.id && selected) {
    return (
      <div className="flex flex-col gap-2">
        <span className="text-sm font-medium" id="analyst-selected-label">
          Analyst
        </span>
        <div
          className={cn(
            "flex items-center justify-between gap-3 rounded-md border bg-muted/50 px-3 py-2",
            idError && "border-destructive",
          )}
          aria-labelledby="analyst-selected-label"
          role="group"
        >
          <div className="flex min-w-0 items-center gap-2 text-sm">
            <UserRound aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            <span className="truncate font-medium" data-testid="selected-analyst">
              {selected.name}
            </span>
            {selected.affiliation ? (
              <span className="truncate text-muted-foreground">{selected.affiliation}</span>
            ) : null}
          </div>
          <Button ref={changeRef} variant="ghost" size="sm" onClick={searchInstead}>
            <X aria-hidden /> Change<span className="sr-only"> analyst</span>
          </Button>
        </div>
        {idError ? <FieldError id="analyst-search">{idError}</FieldError> : null}
      </div>
    );
  }

  return <AnalystSearch inputRef={searchRef} error={idError} onPick={pick} onCreate={startNew} />;
}

type Option = { kind: "analyst"; analyst: Analyst } | { kind: "create"; name: string };

const optionKey = (option: Option) => (option.kind === "analyst" ? `analyst:${option.analyst.id}` : "create");

/**
 * The search box and its list. Nothing is highlighted until the arrow keys (or the mouse) choose an
 * option, and the highlight follows that option, not a position: when the answer to a newer query
 * arrives and the option is gone, nothing is highlighted, so Enter never lands on "Create a new
 * analyst" while the reader meant a match. Enter with nothing highlighted picks the analyst whose
 * name is exactly what was typed (any case, accents ignored) or the only one found, creates one
 * only when the search for that very text has answered with nobody, and otherwise waits for a choice.
 */
function AnalystSearch({
  inputRef,
  error,
  onPick,
  onCreate,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | undefined;
  onPick: (analyst: Analyst) => void;
  onCreate: (name: string) => void;
}) {
  const trpc = useTRPC();
  const listboxId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const query = useDebouncedValue(text.trim(), 200);
  const search = useQuery(
    trpc.analyst.search.queryOptions(
      { query, limit: SEARCH_LIMIT },
      { enabled: open, placeholderData: keepPreviousData, staleTime: 10_000 },
    ),
  );

  const analysts = search.data ?? [];
  const options: Option[] = [
    ...analysts.map((analyst): Option => ({ kind: "analyst", analyst })),
    { kind: "create", name: text.trim() },
  ];
  const found = options.findIndex((option) => optionKey(option) === activeKey);
  const activeIndex = open && found >= 0 ? found : null;
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  // The list on screen answers what is typed now (not an earlier query still shown while the next loads).
  const answered = search.isSuccess && !search.isPlaceholderData && !search.isFetching && query === text.trim();

  const choose = (option: Option) => {
    setOpen(false);
    setActiveKey(null);
    if (option.kind === "analyst") onPick(option.analyst);
    else onCreate(option.name);
  };

  const move = (step: 1 | -1) => {
    if (!open) {
      setOpen(true);
      return;
    }
    const next =
      activeIndex === null
        ? step === 1
          ? 0
          : options.length - 1
        : (activeIndex + step + options.length) % options.length;
    setActiveKey(optionKey(options[next]!));
  };

  const onEnterWithoutHighlight = () => {
    const typed = foldText(text);
    if (!typed) return setOpen(true);
    const exact = analysts.filter((analyst) => foldText(analyst.name) === typed);
    const only = exact.length === 1 ? exact[0] : analysts.length === 1 ? analysts[0] : undefined;
    if (answered && only) return choose({ kind: "analyst", analyst: only });
    if (answered && analysts.length === 0) return choose({ kind: "create", name: text.trim() });
    // Matches to choose from (or an answer still on its way): the list stays open for a choice.
    setOpen(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "Home":
      case "End":
        if (open && activeIndex !== null) {
          event.preventDefault();
          setActiveKey(optionKey(options[event.key === "Home" ? 0 : options.length - 1]!));
        }
        break;
      case "Enter": {
        // Enter picks from the open list; it never submits the form from here.
        event.preventDefault();
        const option = activeIndex === null ? undefined : options[activeIndex];
        if (option) choose(option);
        else onEnterWithoutHighlight();
        break;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActiveKey(null);
        } else if (text) {
          event.preventDefault();
          setText("");
        }
        break;
      default:
        break;
    }
  };

  const hint = "Type part of a name (case and accents do not matter), then pick with the arrow keys and Enter.";
  const searching = search.isFetching;

  return (
    <Field id="analyst-search" label="Analyst" hint={hint} error={error}>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          {...fieldAria("analyst-search", { hint, error })}
          ref={inputRef}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex === null ? undefined : optionId(activeIndex)}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search analysts by name"
          className="pl-9"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveKey(null);
            setOpen(true);
          }}
          // Opens on typing, a click or ArrowDown, not on focus: focus also arrives when the form
          // points at this field's error, and the list would then cover the message.
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActiveKey(null);
          }}
          onKeyDown={onKeyDown}
        />
        {searching ? (
          <LoaderCircle
            aria-hidden
            className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin text-muted-foreground"
          />
        ) : null}
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Analysts"
          hidden={!open}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border bg-card p-1 shadow-lg"
        >
          {options.map((option, index) => {
            const isActive = index === activeIndex;
            return (
              <li
                key={optionKey(option)}
                id={optionId(index)}
                role="option"
                aria-selected={isActive}
                // Keep focus in the input: a click must not blur it before the pick lands.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActiveKey(optionKey(option))}
                onClick={() => choose(option)}
                className={cn(
                  "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
                  isActive && "bg-accent text-accent-foreground",
                  option.kind === "create" && index > 0 && "mt-1 border-t pt-2",
                )}
              >
                {option.kind === "analyst" ? (
                  <>
                    <UserRound aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                    <span className="truncate font-medium">{option.analyst.name}</span>
                    {option.analyst.affiliation ? (
                      <span className="truncate text-xs text-muted-foreground">{option.analyst.affiliation}</span>
                    ) : null}
                  </>
                ) : (
                  <>
                    <UserPlus aria-hidden className="size-4 shrink-0 text-primary" />
                    <span>
                      {option.name ? <>Create a new analyst &ldquo;{option.name}&rdquo;</> : "Create a new analyst"}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {open && !searching && query ? `${analysts.length} analysts match ${query}` : ""}
      </p>
      {search.isError ? (
        <p className="text-xs text-destructive">The analyst search failed: {search.error.message}</p>
      ) : null}
    </Field>
  );
}
