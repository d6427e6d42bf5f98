import { AdminPageLoading } from "@/components/admin/admin-page-loading";

export default function Loading() {
  return <AdminPageLoading label="Loading webhooks" />;
}
