"use client";

import { predictionStatus, type AuditRecord, type Role } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { ChevronRight, UserRound } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { DisputedBadge } from "@/components/dispute/disputed-badge";
import { DisputeSection } from "@/components/dispute/dispute-section";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { Badge } from "@/components/ui/badge";
import { FormCardPlaceholder } from "@/components/ui/form-placeholder";
import { describeAuditEvent } from "@/lib/audit";
import { formatMoment, formatPercent } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { AuditHistory } from "./audit-history";
import { CiteButton } from "./cite-button";
import { EditorGate } from "./editor-gate";
import { JudgedThroughQuestion } from "./judged-through-question";
import { JudgementHistory } from "./judgement-history";
import { ProbabilityCard, SaidCard, TermsCard, TimingCard } from "./prediction-facts";
import { QuestionLinkPanel } from "./question-link-panel";
import { PredictionViewSkeleton } from "./prediction-view-skeleton";

// The editors' panels (the judging form with react-hook-form and zod's schemas, the edit panel) are
// drawn only inside EditorGate and fetched then, after the page: readers never download them, and
// the page stays within its first-load budget (docs/benchmarks.md). Until a panel arrives its
// placeholder holds its place (and the #judge anchor); there is nothing to click in it yet.
const JudgePanel = dynamic(() => import("./judge-panel").then((module) => module.JudgePanel), {
  ssr: false,
  loading: () => <FormCardPlaceholder sectionId="judge" title="Judging" fields={4} />,
});
const EditPanel = dynamic(() => import("./edit-panel").then((module) => module.EditPanel), {
  ssr: false,
  loading: () => <FormCardPlaceholder title="Edit the record" fields={0} />,
});

const linkLabels: Record<string, string> = { question: "Question (key)", negated: "Claims the opposite" };

/** The change history's words, with a link to a question (its key, and whether negated) named plainly. */
function describePredictionEvent(event: AuditRecord) {
  const description = describeAuditEvent(event);
  return {
    ...description,
    changes: description.changes.map((change) => ({ ...change, label: linkLabels[change.field] ?? change.label })),
  };
}

/**
 * A prediction's page: what was said, how it will be judged, its probability and dates, the
 * judging and edit forms (for editors: `role` is the signed-in user's, as the server saw it), and
 * both histories. The data arrives hydrated from the server; writes replace it with the version
 * they produced.
 */
export function PredictionView({ id, role }: { id: string; role: Role | null }) {
  const trpc = useTRPC();
  // Not refetched behind the editor's back: forms send the version on screen, and a change by
  // someone else must surface as a conflict (with Reload), not silently replace what they read.
  const query = useQuery(trpc.prediction.byId.queryOptions({ id }, { refetchOnWindowFocus: false }));

  if (!query.data) return <PredictionViewSkeleton />;
  const prediction = query.data;
  const status = predictionStatus(prediction, new Date());

  return (
    <article className="flex flex-col gap-6" aria-labelledby="prediction-claim">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <ol className="flex items-center gap-1.5">
          <li>
            <Link href="/" className="hover:text-foreground hover:underline">
              Predictions
            </Link>
          </li>
          <li aria-hidden>
            <ChevronRight className="size-3.5" />
          </li>
          <li>
            <Link href={`/analysts/${prediction.analyst.slug}`} className="hover:text-foreground hover:underline">
              {prediction.analyst.name}
            </Link>
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2" data-testid="prediction-status">
          <StatusBadge outcome={prediction.outcome} due={status === "DUE"} />
          {prediction.outcome === "PARTIAL" && prediction.credit !== null ? (
            <span className="text-sm text-muted-foreground">credit {formatPercent(prediction.credit)}</span>
          ) : null}
          {prediction.conditional ? <Badge variant="muted">Conditional</Badge> : null}
          {prediction.disputed ? <DisputedBadge /> : null}
        </div>
        <h1
          id="prediction-claim"
          className="text-2xl leading-tight font-semibold tracking-tight text-balance sm:text-3xl"
        >
          {prediction.claim}
        </h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
          <span className="inline-flex items-center gap-1.5">
            <UserRound aria-hidden className="size-4" />
            <Link href={`/analysts/${prediction.analyst.slug}`} className="font-medium text-foreground hover:underline">
              {prediction.analyst.name}
            </Link>
          </span>
          <span aria-hidden>·</span>
          <span>
            Version {prediction.version}, last changed{" "}
            <time dateTime={prediction.updatedAt.toISOString()}>{formatMoment(prediction.updatedAt)}</time>
          </span>
        </p>
        <CiteButton prediction={prediction} />
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <SaidCard prediction={prediction} />
          <TermsCard prediction={prediction} />
        </div>
        <aside className="flex flex-col gap-6" aria-label="Probability and dates">
          <ProbabilityCard prediction={prediction} />
          <TimingCard prediction={prediction} due={status === "DUE"} />
        </aside>
      </div>

      <QuestionLinkPanel prediction={prediction} role={role} />
      <EditorGate role={role}>
        {prediction.question?.outcome ? (
          <JudgedThroughQuestion question={prediction.question} />
        ) : (
          <JudgePanel prediction={prediction} />
        )}
      </EditorGate>
      <JudgementHistory judgements={prediction.judgements} />
      <DisputeSection prediction={prediction} role={role} />
      <EditorGate role={role} explain={false}>
        <EditPanel prediction={prediction} />
      </EditorGate>
      <AuditHistory events={prediction.history} describe={describePredictionEvent} />
    </article>
  );
}
