import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { FilteredQuestions } from "@/components/question/question-filters";
import {
  getNextQuestionPage,
  hasQuestionFilters,
  questionFiltersFromSearchParams,
  questionListInput,
} from "@/components/question/question-options";
import { buttonVariants } from "@/components/ui/button";
import type { SearchParamsRecord } from "@/lib/list-filters";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = {
  title: "Questions",
  description: "Events several analysts made predictions about, each judged once, with reference forecasts.",
};

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Reading the query string makes the page render per request, never at build time.
  const filters = questionFiltersFromSearchParams(await searchParams);
  const queryClient = getQueryClient();
  // fetch (not prefetch): a failure reaches error.tsx instead of an empty page.
  const [actor] = await Promise.all([
    currentActor(),
    queryClient.fetchInfiniteQuery(
      trpc.question.list.infiniteQueryOptions(questionListInput(filters), { getNextPageParam: getNextQuestionPage }),
    ),
  ]);
  const editor = actor?.role === "EDITOR" || actor?.role === "ADMIN";

  return (
    <>
      <PageHeader
        title="Questions"
        description={
          hasQuestionFilters(filters)
            ? "Questions matching the filters below, most recently asked first."
            : "Events that several analysts' predictions speak about, each judged once for all of them."
        }
        actions={
          editor ? (
            <Link href="/questions/new" className={buttonVariants()}>
              <Plus aria-hidden /> New question
            </Link>
          ) : undefined
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FilteredQuestions filters={filters} />
      </HydrationBoundary>
    </>
  );
}
