import { PredictionViewSkeleton } from "@/components/prediction/prediction-view-skeleton";

export default function Loading() {
  return <PredictionViewSkeleton />;
}
