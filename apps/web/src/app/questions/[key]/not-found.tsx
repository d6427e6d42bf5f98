import { CircleHelp } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export const metadata: Metadata = { title: "Question not found" };

export default function QuestionNotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <CircleHelp aria-hidden className="size-10 text-muted-foreground" />
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">No such question</h1>
      <p className="text-sm text-muted-foreground">
        There is no question with this key. It may have been mistyped, or never asked.
      </p>
      <div className="flex gap-2">
        <Link href="/questions" className={buttonVariants()}>
          See the questions
        </Link>
      </div>
    </div>
  );
}
