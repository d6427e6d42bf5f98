import type { AuditRecord } from "@hindsight/domain";
import { ArrowRight } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { describeAuditEvent, type AuditDescription } from "@/lib/audit";
import { formatMoment } from "@/lib/format";

/**
 * Who logged and edited the prediction, when, and each field's value before and after. `describe`
 * puts another record's events into words (a question's page has its own).
 */
export function AuditHistory({
  events,
  describe = describeAuditEvent,
}: {
  events: AuditRecord[];
  describe?: (event: AuditRecord) => AuditDescription;
}) {
  return (
    <section aria-labelledby="audit-title">
      <Card>
        <CardHeader>
          <CardTitle id="audit-title">Change history</CardTitle>
          <CardDescription>Every change to the record, newest first.</CardDescription>
        </CardHeader>
        <CardContent>
          {events.length === 0 ? (
            <p className="text-sm text-muted-foreground">No changes recorded.</p>
          ) : (
            <ol className="relative flex flex-col gap-5 border-l pl-5" data-testid="audit-history">
              {events.map((event) => {
                const { title, changes, by } = describe(event);
                return (
                  <li key={event.id} className="relative flex flex-col gap-2">
                    <span
                      aria-hidden
                      className="absolute top-1.5 -left-[25px] size-2.5 rounded-full border-2 border-card bg-primary"
                    />
                    <p className="text-sm">
                      <span className="font-medium">{title}</span>
                      <span className="text-muted-foreground">
                        {" "}
                        by {by ?? event.actor?.name ?? "an unknown user"} on{" "}
                        <time dateTime={event.at.toISOString()}>{formatMoment(event.at)}</time>
                      </span>
                    </p>
                    {changes.length > 0 ? (
                      <dl className="flex flex-col gap-1.5 text-sm">
                        {changes.map((change) => (
                          <div key={change.field} className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
                            <dt className="text-muted-foreground">{change.label}</dt>
                            <dd className="flex min-w-0 flex-wrap items-baseline gap-x-2">
                              {change.before === null ? (
                                <span className="wrap-anywhere">{change.after}</span>
                              ) : (
                                <>
                                  <del className="wrap-anywhere text-muted-foreground decoration-muted-foreground/60">
                                    <span className="sr-only">from </span>
                                    {change.before}
                                  </del>
                                  <ArrowRight
                                    aria-hidden
                                    className="size-3.5 shrink-0 self-center text-muted-foreground"
                                  />
                                  <ins className="wrap-anywhere no-underline">
                                    <span className="sr-only">to </span>
                                    {change.after}
                                  </ins>
                                </>
                              )}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )}
        </CardContent>
      </Card>
    </section>
  );
}
