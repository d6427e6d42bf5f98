import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { PredictionForm } from "@/components/predictions/prediction-form";

export const metadata: Metadata = { title: "Log a prediction" };

export default function NewPredictionPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Log a prediction"
        description="Record a public forecast as it was made: who, where, the exact words and how sure they were."
      />
      <PredictionForm />
    </div>
  );
}
