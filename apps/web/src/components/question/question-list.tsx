"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleHelp, Plus, SearchX } from "lucide-react";
import Link from "next/link";
import { PagedList } from "@/components/paged-list";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
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

  const now = new Date();
  const what = filters.status ? `${questionStatusLabels[filters.status].toLowerCase()} questions` : "questions";
  return (
    <PagedList
      query={query}
      what="The questions"
      loading={<QuestionListSkeleton />}
      empty={filtered ? <NoMatch filters={filters} /> : <NoQuestions />}
      label={filtered ? "Matching questions, most recently asked first" : "Questions, most recently asked first"}
      testId="question-list"
      itemKey={(question) => question.id}
      renderItem={(question) => <QuestionRow question={question} now={now} />}
      end={(count) =>
        count === 1
          ? filtered
            ? "That is the only matching question."
            : "That is the only question so far."
          : `All ${count} ${filtered ? `matching ${what}` : "questions"} shown.`
      }
    />
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
