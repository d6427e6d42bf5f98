"use client";

import type { PredictionDetail, Role } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormPlaceholder } from "@/components/ui/form-placeholder";
import { useTRPC } from "@/trpc/react";
import { DisputeList } from "./dispute-list";

// The form and its fields are fetched right after the page is interactive, not with it: it keeps
// the prediction's page within its first-load budget (docs/benchmarks.md). Until it arrives a
// placeholder says so; there is nothing to type into yet, so no keystroke is lost.
const DisputeForm = dynamic(() => import("./dispute-form").then((module) => module.DisputeForm), {
  ssr: false,
  loading: () => <FormPlaceholder fields={3} />,
});

const linkClass = "font-medium text-primary underline-offset-2 hover:underline";

/**
 * The right of reply on a prediction's page: its disputes with the editors' answers (public), and
 * for a judged prediction the form to dispute its judgement, signed in or not (docs/disputes.md).
 */
export function DisputeSection({ prediction, role }: { prediction: PredictionDetail; role: Role | null }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.user.me.queryOptions());
  const signedIn = me.isSuccess ? me.data !== null : role !== null;
  const editor =
    (me.isSuccess ? me.data?.role : role) === "EDITOR" || (me.isSuccess ? me.data?.role : role) === "ADMIN";
  const disputes = useQuery(trpc.dispute.forPrediction.queryOptions({ predictionId: prediction.id }));
  const list = disputes.data ?? [];
  const upheld = list.some((dispute) => dispute.status === "UPHELD");

  return (
    <section id="disputes" aria-labelledby="disputes-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="disputes-title">Disputes</CardTitle>
          <CardDescription>
            Anyone may dispute a judgement with evidence; an editor upholds the dispute and re-judges, or rejects it
            with a reason. Disputes and answers stay on the record.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {disputes.isError ? (
            <p className="text-sm text-destructive">The disputes could not be loaded: {disputes.error.message}</p>
          ) : list.length === 0 ? (
            <p className="text-sm text-muted-foreground">No disputes.</p>
          ) : (
            <DisputeList disputes={list} label="Disputes, newest first" />
          )}
          {editor && list.some((dispute) => dispute.status === "OPEN") ? (
            <p className="text-sm">
              Open disputes are answered in{" "}
              <Link href="/disputes" className={linkClass}>
                the disputes queue
              </Link>
              .
            </p>
          ) : null}
          {editor && upheld ? (
            <p className="text-sm">
              A dispute was upheld:{" "}
              <Link href="#judge" className={linkClass}>
                re-judge the prediction
              </Link>{" "}
              if you have not yet.
            </p>
          ) : null}
          {prediction.outcome === null ? (
            <p className="rounded-lg border border-dashed px-4 py-4 text-sm text-muted-foreground">
              Only a judgement can be disputed: this prediction has none in force yet.
            </p>
          ) : (
            <div className="flex flex-col gap-3 border-t pt-5">
              <h3 className="text-base font-semibold">Dispute this judgement</h3>
              <DisputeForm predictionId={prediction.id} signedIn={signedIn} />
            </div>
          )}
        </CardContent>
      </Card>
    </section>
  );
}
