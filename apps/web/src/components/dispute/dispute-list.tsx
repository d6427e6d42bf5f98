import type { DisputeRecord } from "@hindsight/domain";
import { ExternalLink } from "lucide-react";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { Badge } from "@/components/ui/badge";
import { formatMoment } from "@/lib/format";
import { isWebUrl } from "@/lib/utils";
import { disputeStatusWords } from "./dispute-words";

/** Disputes with their answers, as anyone may read them: the filer's name, never an email address. */
export function DisputeList({ disputes, label }: { disputes: DisputeRecord[]; label: string }) {
  return (
    <ol className="flex flex-col gap-4" aria-label={label} data-testid="dispute-list">
      {disputes.map((dispute) => (
        <li key={dispute.id}>
          <DisputeEntry dispute={dispute} />
        </li>
      ))}
    </ol>
  );
}

export function DisputeEntry({ dispute, children }: { dispute: DisputeRecord; children?: React.ReactNode }) {
  const status = disputeStatusWords[dispute.status];
  return (
    <article className="flex flex-col gap-2.5 rounded-lg border p-4" aria-label="Dispute" data-testid="dispute">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge variant={status.variant} data-testid="dispute-status">
          {status.label}
        </Badge>
        <span className="text-muted-foreground">
          Filed by <span className="font-medium text-foreground">{dispute.filer.name}</span>
          {dispute.filer.public ? " (not signed in)" : ""} on{" "}
          <time dateTime={dispute.createdAt.toISOString()}>{formatMoment(dispute.createdAt)}</time>, disputing the
          judgement
        </span>
        {dispute.judgement.outcome ? <StatusBadge outcome={dispute.judgement.outcome} /> : null}
      </div>
      <p className="text-sm whitespace-pre-line" data-testid="dispute-text">
        {dispute.text}
      </p>
      {dispute.evidence.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Evidence links">
          {dispute.evidence.filter(isWebUrl).map((link) => (
            <li key={link} className="flex min-w-0 items-center gap-1.5">
              <ExternalLink aria-hidden className="size-3.5 shrink-0 text-muted-foreground" />
              <a
                href={link}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="truncate text-primary underline-offset-2 hover:underline"
              >
                {link}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {dispute.answer ? (
        <div className="flex flex-col gap-1 rounded-md bg-muted/50 p-3 text-sm" data-testid="dispute-answer">
          <p>
            <span className="font-medium">{dispute.answer.decision === "UPHOLD" ? "Upheld" : "Rejected"}</span>
            <span className="text-muted-foreground">
              {" "}
              by {dispute.answer.answeredBy?.name ?? "an editor"} on{" "}
              <time dateTime={dispute.answer.createdAt.toISOString()}>{formatMoment(dispute.answer.createdAt)}</time>
            </span>
          </p>
          {dispute.answer.reason ? <p className="whitespace-pre-line">{dispute.answer.reason}</p> : null}
        </div>
      ) : null}
      {children}
    </article>
  );
}
