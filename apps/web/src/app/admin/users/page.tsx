import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { CreateUserForm } from "@/components/user/create-user-form-lazy";
import { NeedsAdmin } from "@/components/admin/needs-admin";
import { UsersTable } from "@/components/user/users-table";
import { signInPath } from "@/lib/safe-next";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/users"));
  if (actor.role !== "ADMIN") return <NeedsAdmin role={actor.role} what="manage users" />;

  const queryClient = getQueryClient();
  // fetch (not prefetch) so that a failure reaches error.tsx instead of an empty table.
  await queryClient.fetchQuery(trpc.user.list.queryOptions());

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and what they may do. Viewers read, editors log and judge predictions, admins also manage users."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
          <UsersTable currentUserId={actor.userId} />
          <CreateUserForm />
        </div>
      </HydrationBoundary>
    </>
  );
}
