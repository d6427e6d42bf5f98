import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { NeedsEditor } from "@/components/auth/needs-editor";
import { SignInNeeded } from "@/components/auth/sign-in-needed";
import { FromArticleForm } from "@/components/from-article/from-article-form";
import { PageHeader } from "@/components/page-header";
import { currentActor } from "@/trpc/server";

export const metadata: Metadata = { title: "Add from article" };

/** For editors: anonymous readers are offered to sign in, viewers told what they lack, before any pasting. */
export default async function FromArticlePage() {
  await connection();
  const actor = await currentActor();
  if (!actor)
    return (
      <SignInNeeded title="Sign in to add from an article" path="/predictions/from-article">
        paste an article, confirm the predictions Hindsight finds in it, and log them together.
      </SignInNeeded>
    );
  if (actor.role === "VIEWER")
    return (
      <NeedsEditor back={{ href: "/", label: "Back to the predictions" }}>add predictions from an article.</NeedsEditor>
    );
  return (
    <div>
      <PageHeader
        title="Add from article"
        description={
          <>
            Paste an article and Hindsight marks the sentences that read as predictions. Keep the real ones, correct
            them, and log them together under one source. For a single prediction,{" "}
            <Link href="/predictions/new" className="font-medium text-primary underline-offset-4 hover:underline">
              log it by hand
            </Link>
            .
          </>
        }
      />
      <FromArticleForm />
    </div>
  );
}
