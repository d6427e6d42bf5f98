import { PredictionViewSkeleton } from "@/components/prediction/prediction-view";

export default function Loading() {
  return <PredictionViewSkeleton />;
}
