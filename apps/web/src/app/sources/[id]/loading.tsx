export { ListPageLoading as default } from "@/components/prediction-list/list-page-loading";
