import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { feedAlternates, FeedLinks } from "@/components/feed/feed-links";
import { QuestionView } from "@/components/question/question-view";
import { questionShareTags } from "@/server/share/page-metadata";
import { isNotFound } from "@/trpc/errors";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

interface Props {
  params: Promise<{ key: string }>;
}

/** The key as typed: a path segment may arrive still percent-encoded; one that does not decode is taken as it is. */
function keyOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The question, fetched once per request (metadata and page share the request's query client). */
async function loadQuestion(key: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.question.byKey.queryOptions({ key }));
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await loadQuestion(keyOf((await params).key));
  const analysts = `${question.analysts} ${question.analysts === 1 ? "analyst" : "analysts"}`;
  return {
    title: question.title,
    alternates: feedAlternates({ question: question.key }, "on this question"),
    description: `${question.title}: ${question.predictions} ${question.predictions === 1 ? "prediction" : "predictions"} by ${analysts}, and how it turned out.`,
    ...questionShareTags(question),
  };
}

export default async function QuestionPage({ params }: Props) {
  const key = keyOf((await params).key);
  // Whether the forms show depends on who is signed in: known here, so the page is drawn right at once.
  const [actor] = await Promise.all([currentActor(), loadQuestion(key)]);
  return (
    <HydrationBoundary state={dehydrate(getQueryClient())}>
      <QuestionView questionKey={key} role={actor?.role ?? null} />
      <FeedLinks filter={{ question: key }} />
    </HydrationBoundary>
  );
}
