import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { NeedsAdmin } from "@/components/admin/needs-admin";
import { signInPath } from "@/lib/safe-next";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyForm } from "./create-api-key-form-lazy";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/api-keys"));
  if (actor.role !== "ADMIN") return <NeedsAdmin role={actor.role} what="manage API keys" />;

  const queryClient = getQueryClient();
  // fetch (not prefetch) so that a failure reaches error.tsx instead of an empty table.
  await queryClient.fetchQuery(trpc.apiKey.list.queryOptions());

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let scripts use the{" "}
            <Link href="/docs/api" className="font-medium text-primary underline-offset-4 hover:underline">
              REST API
            </Link>
            : reading is public, logging and judging need an editor key. Writes made with a key are recorded as yours.
          </>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
          <ApiKeysTable />
          <CreateApiKeyForm />
        </div>
      </HydrationBoundary>
    </>
  );
}
