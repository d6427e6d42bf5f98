import { QuestionViewSkeleton } from "@/components/question/question-view-skeleton";

export default function Loading() {
  return <QuestionViewSkeleton />;
}
