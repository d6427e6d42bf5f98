export { QuestionsPageLoading as default } from "@/components/question/question-list-skeleton";
