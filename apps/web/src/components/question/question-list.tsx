"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleHelp, Plus, SearchX } from "lucide-react";
import Link from "next/link";
import { ListLoadError, LoadMore } from "@/components/predictions/load-more";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListIconSprite } from "@/components/ui/sprite-icon";
import { useTRPC } from "@/trpc/react";
import {
  getNextQuestionPage,
  hasQuestionFilters,
  questionListInput,
  questionStatusLabels,
  type QuestionFilters,
} from "./question-options";
import { QuestionListSkeleton } from "./question-list-skeleton";
import { QuestionRow } from "./question-row";

/**
 * Questions, most recently asked first, filtered by the URL's search and status. The first page
 * arrives hydrated from the server; "Load more" pages on with the cursor.
 */
export function QuestionList({ filters }: { filters: QuestionFilters }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.question.list.infiniteQueryOptions(questionListInput(filters), { getNextPageParam: getNextQuestionPage }),
  );
  const filtered = hasQuestionFilters(filters);

  if (query.isPending) return <QuestionListSkeleton />;
  if (query.isError && !query.data) {
    return <ListLoadError what="The questions" message={query.error.message} onRetry={() => void query.refetch()} />;
  }

  const questions = query.data.pages.flatMap((page) => page.items);
  if (questions.length === 0) return filtered ? <NoMatch filters={filters} /> : <NoQuestions />;

  const now = new Date();
  const what = filters.status ? `${questionStatusLabels[filters.status].toLowerCase()} questions` : "questions";
  return (
    <div className="flex flex-col gap-6">
      <ListIconSprite />
      <ol
        aria-label={filtered ? "Matching questions, most recently asked first" : "Questions, most recently asked first"}
        className="flex flex-col gap-4"
        data-testid="question-list"
      >
        {questions.map((question) => (
          <li key={question.id}>
            <QuestionRow question={question} now={now} />
          </li>
        ))}
      </ol>
      <LoadMore
        query={query}
        end={
          questions.length === 1
            ? filtered
              ? "That is the only matching question."
              : "That is the only question so far."
            : `All ${questions.length} ${filtered ? `matching ${what}` : "questions"} shown.`
        }
      />
    </div>
  );
}

function NoMatch({ filters }: { filters: QuestionFilters }) {
  return (
    <EmptyState
      icon={<SearchX aria-hidden className="size-10 text-muted-foreground" />}
      title={
        filters.q ? (
          <>No question matches &ldquo;{filters.q}&rdquo;</>
        ) : (
          `No ${questionStatusLabels[filters.status ?? "OPEN"].toLowerCase()} questions`
        )
      }
      testId="no-match"
      action={
        <Link href="/questions" className={buttonVariants({ variant: "outline", className: "mt-2" })}>
          Clear filters
        </Link>
      }
    >
      {filters.q
        ? "The search reads titles and resolution criteria. Try fewer words, another spelling, or another status."
        : "Try another status, or show every question."}
    </EmptyState>
  );
}

function NoQuestions() {
  return (
    <EmptyState
      icon={<CircleHelp aria-hidden className="size-10 text-muted-foreground" />}
      title="No questions yet"
      action={
        <Link href="/questions/new" className={buttonVariants({ className: "mt-2" })}>
          <Plus aria-hidden /> New question
        </Link>
      }
    >
      A question is one event, judged once, that several analysts&rsquo; predictions speak about. Editors create one
      here or from a prediction&rsquo;s page.
    </EmptyState>
  );
}
