import type { Metadata } from "next";
import { connection } from "next/server";
import { NeedsEditor } from "@/components/auth/needs-editor";
import { SignInNeeded } from "@/components/auth/sign-in-needed";
import { PageHeader } from "@/components/page-header";
import { NewQuestionForm } from "@/components/question/new-question-form-lazy";
import { currentActor } from "@/trpc/server";

export const metadata: Metadata = { title: "New question" };

/** A new question, for editors: anonymous readers are offered to sign in, viewers told what they lack. */
export default async function NewQuestionPage() {
  await connection();
  const actor = await currentActor();
  if (!actor)
    return (
      <SignInNeeded title="Sign in to ask a question" path="/questions/new">
        ask questions: one event that several analysts&rsquo; predictions speak about, judged once for all.
      </SignInNeeded>
    );
  if (actor.role === "VIEWER")
    return <NeedsEditor back={{ href: "/questions", label: "See the questions" }}>ask questions.</NeedsEditor>;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="New question"
        description="One event that several predictions speak about, judged once for all of them. Link predictions and add reference forecasts on its page."
      />
      <NewQuestionForm />
    </div>
  );
}
