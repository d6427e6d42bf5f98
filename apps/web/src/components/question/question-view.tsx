"use client";

import { predictionStatus, type Role } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { CalendarCheck, CalendarClock, ChevronRight } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import type { ReactNode } from "react";
import { AuditHistory } from "@/components/prediction/audit-history";
import { EditorGate } from "@/components/prediction/editor-gate";
import { JudgementHistory } from "@/components/prediction/judgement-history";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormCardPlaceholder } from "@/components/ui/form-placeholder";
import { formatDay, formatMoment, formatPercent } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { ForecastChart } from "./forecast-chart";
import { LinkedPredictions } from "./linked-predictions";
import { describeQuestionEvent } from "./question-audit";
import { QuestionReferences } from "./question-references";
import type { QuestionDetail } from "./types";
import { QuestionViewSkeleton } from "./question-view-skeleton";

// The editors' panels (the judging form with react-hook-form and zod's schemas, the edit panel) are
// drawn only inside EditorGate and fetched then, after the page: readers never download them, and
// the page stays within its first-load budget (docs/benchmarks.md). Until a panel arrives its
// placeholder holds its place (and the #judge anchor); there is nothing to click in it yet.
const QuestionJudgePanel = dynamic(() => import("./question-judge-panel").then((module) => module.QuestionJudgePanel), {
  ssr: false,
  loading: () => <FormCardPlaceholder sectionId="judge" title="Judging" fields={4} />,
});
const QuestionEditPanel = dynamic(() => import("./question-edit-panel").then((module) => module.QuestionEditPanel), {
  ssr: false,
  loading: () => <FormCardPlaceholder title="Edit the question" fields={0} />,
});

const Day = ({ date }: { date: Date }) => <time dateTime={date.toISOString()}>{formatDay(date)}</time>;
const Muted = ({ children }: { children: ReactNode }) => <span className="text-muted-foreground">{children}</span>;

/**
 * A question's page: what it asks and how it is judged, its deadline and status, the linked
 * predictions in its terms, their forecasts and the references over time, the reference forecasts,
 * judging and editing for editors (`role` as the server saw it), and both histories. The data
 * arrives hydrated from the server; writes replace it with the version they produced.
 */
export function QuestionView({ questionKey, role }: { questionKey: string; role: Role | null }) {
  const trpc = useTRPC();
  // Not refetched behind the editor's back: forms send the version on screen, and a change by
  // someone else must surface as a conflict (with Reload), not silently replace what they read.
  const query = useQuery(trpc.question.byKey.queryOptions({ key: questionKey }, { refetchOnWindowFocus: false }));

  if (!query.data) return <QuestionViewSkeleton />;
  const question = query.data;
  const due = predictionStatus(question, new Date()) === "DUE";

  return (
    <article className="flex flex-col gap-6" aria-labelledby="question-title">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <ol className="flex items-center gap-1.5">
          <li>
            <Link href="/questions" className="hover:text-foreground hover:underline">
              Questions
            </Link>
          </li>
          <li aria-hidden>
            <ChevronRight className="size-3.5" />
          </li>
          <li aria-current="page" className="truncate">
            {question.key}
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2" data-testid="question-status">
          <StatusBadge outcome={question.outcome} due={due} />
          {question.outcome === "PARTIAL" && question.credit !== null ? (
            <span className="text-sm text-muted-foreground">credit {formatPercent(question.credit)}</span>
          ) : null}
        </div>
        <h1
          id="question-title"
          className="text-2xl leading-tight font-semibold tracking-tight text-balance sm:text-3xl"
        >
          {question.title}
        </h1>
        <p className="text-sm text-muted-foreground">
          Version {question.version}, last changed{" "}
          <time dateTime={question.updatedAt.toISOString()}>{formatMoment(question.updatedAt)}</time>
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <CardHeader>
            <CardTitle>How it will be judged</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="flex flex-col gap-3 text-sm">
              <div className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
                <dt className="text-muted-foreground">Question</dt>
                <dd className="leading-relaxed">{question.title}</dd>
              </div>
              <div className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
                <dt className="text-muted-foreground">Resolution criteria</dt>
                <dd className="leading-relaxed whitespace-pre-line" data-testid="question-criteria">
                  {question.criteria ?? <Muted>None recorded: the title decides.</Muted>}
                </dd>
              </div>
              <div className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
                <dt className="text-muted-foreground">Judged once</dt>
                <dd className="leading-relaxed">
                  Its outcome is every linked prediction&rsquo;s outcome; a prediction of the opposite gets the reverse.
                </dd>
              </div>
            </dl>
          </CardContent>
        </Card>
        <aside aria-label="Dates and counts">
          <Card>
            <CardContent className="text-sm">
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
                <dt className="flex items-center gap-1.5 text-muted-foreground">
                  <CalendarClock aria-hidden className="size-3.5" /> Deadline
                </dt>
                <dd data-testid="question-deadline">
                  {question.resolveBy ? <Day date={question.resolveBy} /> : <Muted>not set</Muted>}
                  {due ? <span className="ml-1.5 font-medium text-warning">(passed)</span> : null}
                </dd>
                {question.resolvedAt ? (
                  <>
                    <dt className="flex items-center gap-1.5 text-muted-foreground">
                      <CalendarCheck aria-hidden className="size-3.5" /> Decided
                    </dt>
                    <dd>
                      <Day date={question.resolvedAt} />
                    </dd>
                  </>
                ) : null}
                <dt className="text-muted-foreground">Asked</dt>
                <dd>
                  <Day date={question.createdAt} />
                </dd>
                <dt className="text-muted-foreground">Predictions</dt>
                <dd className="tabular-nums">{question.predictions}</dd>
                <dt className="text-muted-foreground">Analysts</dt>
                <dd className="tabular-nums">{question.analysts}</dd>
                <dt className="text-muted-foreground">References</dt>
                <dd className="tabular-nums">{question.references.length}</dd>
              </dl>
            </CardContent>
          </Card>
        </aside>
      </div>

      <LinkedPredictions linked={question.linked} />
      <ForecastsCard question={question} />
      <QuestionReferences question={question} role={role} />

      <EditorGate
        role={role}
        readerNote="Editors judge questions, add reference forecasts and correct the record. Sign in to do so."
        viewerNote="You are signed in as a viewer: judging and editing questions need the editor role. Ask an admin for it."
      >
        <QuestionJudgePanel question={question} />
      </EditorGate>
      <JudgementHistory judgements={question.judgements} />
      <EditorGate role={role} explain={false}>
        <QuestionEditPanel question={question} />
      </EditorGate>
      <AuditHistory events={question.history} describe={describeQuestionEvent} />
    </article>
  );
}

function ForecastsCard({ question }: { question: QuestionDetail }) {
  const empty = question.linked.length === 0 && question.references.length === 0;
  return (
    <section aria-labelledby="forecasts-title">
      <Card>
        <CardHeader>
          <CardTitle id="forecasts-title">Forecasts over time</CardTitle>
          <CardDescription>
            Each analyst&rsquo;s predictions at the dates they were made, as the probability that the question comes
            true, and the reference forecasts as a step line.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {empty ? (
            <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
              Nothing to draw yet: link a prediction or add a reference forecast.
            </p>
          ) : (
            <ForecastChart
              subject={question.title}
              deadline={question.resolveBy}
              references={question.references}
              forecasts={question.linked.map((prediction) => ({
                id: prediction.id,
                analyst: prediction.analyst,
                madeAt: prediction.madeAt,
                probability: prediction.questionProbability,
                negated: prediction.negated,
                claim: prediction.claim,
              }))}
            />
          )}
        </CardContent>
      </Card>
    </section>
  );
}
