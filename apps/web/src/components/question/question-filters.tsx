"use client";

import type { QuestionStatus } from "@hindsight/domain";
import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FilterStatus } from "@/components/ui/filter-status";
import { Input } from "@/components/ui/input";
import { Segmented } from "@/components/ui/segmented";
import { cn } from "@/lib/utils";
import {
  hasQuestionFilters,
  MAX_QUESTION_SEARCH,
  questionsHref,
  questionStatusLabels,
  type QuestionFilters,
} from "./question-options";
import { QuestionList } from "./question-list";

type StatusChoice = QuestionStatus | "ALL";

const statusOptions: { value: StatusChoice; label: string }[] = [
  { value: "ALL", label: "All" },
  ...(["OPEN", "DUE", "JUDGED"] as const).map((value) => ({ value, label: questionStatusLabels[value] })),
];

/**
 * /questions' list with its search box and status filter. Both live in the URL: applying one
 * navigates there (a history entry, so Back returns to the previous list); the old list stays,
 * dimmed, until the new one arrives, and what is typed in the box is kept meanwhile.
 */
export function FilteredQuestions({ filters }: { filters: QuestionFilters }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The draft follows the URL when it changes from outside (Back), not when it arrives at what was applied here.
  const [draft, setDraft] = useState(filters.q ?? "");
  const [status, setStatus] = useState<StatusChoice>(filters.status ?? "ALL");
  const [seen, setSeen] = useState(() => questionsHref(filters));
  const current = questionsHref(filters);
  if (seen !== current) {
    setSeen(current);
    setDraft(filters.q ?? "");
    setStatus(filters.status ?? "ALL");
  }

  const apply = (next: QuestionFilters) => {
    const href = questionsHref(next);
    if (href === current) return;
    startTransition(() => router.push(href, { scroll: false }));
  };

  return (
    <>
      <section
        aria-label="Filter questions"
        className="mb-6 flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-xs"
      >
        <div className="flex flex-col gap-3 md:flex-row md:items-center">
          <form
            role="search"
            aria-label="Search questions"
            className="flex flex-1 gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              apply({ ...filters, q: draft.trim() || undefined });
            }}
          >
            <label htmlFor="question-q" className="sr-only">
              Search question titles and criteria
            </label>
            <div className="relative flex-1">
              <Search
                aria-hidden
                className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
              />
              <Input
                id="question-q"
                type="search"
                className="pl-9"
                maxLength={MAX_QUESTION_SEARCH}
                placeholder={'Search questions: summit -NATO, "ceasefire by"'}
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                aria-describedby="question-q-hint"
                autoComplete="off"
              />
            </div>
            <Button type="submit" variant="secondary">
              Search
            </Button>
            <p id="question-q-hint" className="sr-only">
              Press Enter to search. Quotes match a phrase, a minus sign excludes a word.
            </p>
          </form>
          <Segmented
            name="question-status"
            legend="Status"
            value={status}
            options={statusOptions}
            onChange={(value) => {
              setStatus(value);
              apply({ q: draft.trim() || undefined, status: value === "ALL" ? undefined : value });
            }}
            className="shrink-0"
          />
        </div>
        <FilterStatus
          show={pending || hasQuestionFilters(filters) || draft.trim() !== ""}
          problems={null}
          pending={pending}
          onClear={() => {
            setDraft("");
            setStatus("ALL");
            apply({});
          }}
        />
      </section>
      <div aria-busy={pending} className={cn("transition-opacity", pending && "opacity-60")}>
        <QuestionList filters={filters} />
      </div>
    </>
  );
}
