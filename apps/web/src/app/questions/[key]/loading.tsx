import { QuestionViewSkeleton } from "@/components/question/question-view";

export default function Loading() {
  return <QuestionViewSkeleton />;
}
