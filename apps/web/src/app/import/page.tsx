import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { signInPath } from "@/lib/safe-next";
import { currentActor } from "@/trpc/server";
import { ImportForm } from "./import-form";
import { NeedsEditor } from "@/components/auth/needs-editor";

export const metadata: Metadata = { title: "Import a ledger file" };

/** The upload for editors: anonymous readers are sent to sign in, viewers told what they lack. */
export default async function ImportPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/import"));
  if (actor.role === "VIEWER")
    return (
      <NeedsEditor after="Anyone can download the ledger." back={{ href: "/export", label: "Go to the downloads" }}>
        import ledger files.
      </NeedsEditor>
    );
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Import a ledger file"
        description={
          <>
            A hindsight/v1 JSON file or a CSV file, one prediction a row. All or nothing: a file with any problem is
            refused with every problem listed, and nothing is written. Importing the same file again changes nothing.{" "}
            <Link href="/export" className="font-medium text-primary underline-offset-4 hover:underline">
              Export the ledger
            </Link>{" "}
            to start from its columns.
          </>
        }
      />
      <ImportForm />
    </div>
  );
}
