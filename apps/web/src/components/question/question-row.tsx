import Link from "next/link";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { formatDay, formatPercent } from "@/lib/format";
import { isDue } from "./question-options";
import type { QuestionSummary } from "./types";

/**
 * One question in a list: its status (an icon and a word), its title (linking to its page), the
 * deadline and date decided, and how many predictions by how many analysts speak about it. Its
 * icons come from the list's sprite (ListIconSprite).
 */
export function QuestionRow({ question, now }: { question: QuestionSummary; now: Date }) {
  const due = isDue(question, now);
  const titleId = `question-${question.id}-title`;
  return (
    <article
      className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs sm:grid-cols-[1fr_auto] sm:gap-6"
      aria-labelledby={titleId}
      data-testid="question-row"
    >
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <StatusBadge outcome={question.outcome} due={due} fromSprite />
          {question.outcome === "PARTIAL" && question.credit !== null ? (
            <span className="text-xs text-muted-foreground">credit {formatPercent(question.credit)}</span>
          ) : null}
        </div>
        <h2 id={titleId} className="text-base leading-snug font-semibold text-balance">
          <Link
            href={`/questions/${encodeURIComponent(question.key)}`}
            className="rounded-sm underline-offset-4 hover:text-primary hover:underline"
          >
            {question.title}
          </Link>
        </h2>
        <dl className="flex flex-wrap gap-x-5 gap-y-1.5 text-xs text-muted-foreground">
          <div className="flex items-center gap-1.5">
            <SpriteIcon name="calendar-clock" className="size-3.5" />
            <dt>Deadline</dt>
            <dd>
              {question.resolveBy ? (
                <time dateTime={question.resolveBy.toISOString()}>{formatDay(question.resolveBy)}</time>
              ) : (
                "not set"
              )}
            </dd>
          </div>
          {question.resolvedAt ? (
            <div className="flex items-center gap-1.5">
              <dt>Decided</dt>
              <dd>
                <time dateTime={question.resolvedAt.toISOString()}>{formatDay(question.resolvedAt)}</time>
              </dd>
            </div>
          ) : null}
          <div className="flex items-center gap-1.5">
            <dt>Asked</dt>
            <dd>
              <time dateTime={question.createdAt.toISOString()}>{formatDay(question.createdAt)}</time>
            </dd>
          </div>
        </dl>
      </div>

      <div className="flex items-baseline gap-4 text-xs text-muted-foreground sm:flex-col sm:items-end sm:gap-1">
        <p className="flex items-baseline gap-1.5 sm:flex-col sm:items-end sm:gap-0.5">
          <span className="text-2xl leading-none font-semibold text-foreground tabular-nums">
            {question.predictions}
          </span>{" "}
          <span>{question.predictions === 1 ? "prediction" : "predictions"}</span>
        </p>
        <p className="flex items-baseline gap-1.5">
          <span className="font-medium text-foreground tabular-nums">{question.analysts}</span>{" "}
          <span>{question.analysts === 1 ? "analyst" : "analysts"}</span>
        </p>
      </div>
    </article>
  );
}
