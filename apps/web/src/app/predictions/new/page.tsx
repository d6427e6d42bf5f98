import type { Metadata } from "next";
import { FileSearch } from "lucide-react";
import Link from "next/link";
import { connection } from "next/server";
import { NeedsEditor } from "@/components/auth/needs-editor";
import { SignInNeeded } from "@/components/auth/sign-in-needed";
import { PageHeader } from "@/components/page-header";
import { PredictionForm } from "@/components/prediction-form/prediction-form-lazy";
import { buttonVariants } from "@/components/ui/button";
import { currentActor } from "@/trpc/server";

export const metadata: Metadata = { title: "Log a prediction" };

/** For editors: anonymous readers are offered to sign in, viewers told what they lack, before any typing. */
export default async function NewPredictionPage() {
  await connection();
  const actor = await currentActor();
  if (!actor)
    return (
      <SignInNeeded title="Sign in to log a prediction" path="/predictions/new">
        log predictions: who said what, where, and how sure they were.
      </SignInNeeded>
    );
  if (actor.role === "VIEWER")
    return <NeedsEditor back={{ href: "/", label: "Back to the predictions" }}>log predictions.</NeedsEditor>;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Log a prediction"
        description="Record a public forecast as it was made: who, where, the exact words and how sure they were."
        actions={
          <Link href="/predictions/from-article" className={buttonVariants({ variant: "outline" })}>
            <FileSearch aria-hidden /> Add from article
          </Link>
        }
      />
      <PredictionForm />
    </div>
  );
}
