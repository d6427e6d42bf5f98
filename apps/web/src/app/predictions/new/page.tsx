import type { Metadata } from "next";
import { FileSearch } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { PredictionForm } from "@/components/predictions/prediction-form";
import { buttonVariants } from "@/components/ui/button";

export const metadata: Metadata = { title: "Log a prediction" };

export default function NewPredictionPage() {
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
