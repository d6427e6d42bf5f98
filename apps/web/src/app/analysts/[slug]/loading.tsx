export { ListPageLoading as default } from "@/components/predictions/list-page-loading";
