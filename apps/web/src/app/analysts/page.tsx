import { ChevronRight, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { buttonVariants } from "@/components/ui/button";
import { getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Analysts" };

export default async function AnalystsPage() {
  await connection();
  const analysts = await getQueryClient().fetchQuery(trpc.analyst.list.queryOptions());

  return (
    <>
      <PageHeader title="Analysts" description="Everyone with a prediction in the ledger, by name." />
      {analysts.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed bg-card px-6 py-16 text-center">
          <Users aria-hidden className="size-10 text-muted-foreground" />
          <h2 className="text-lg font-semibold">No analysts yet</h2>
          <p className="max-w-sm text-sm text-muted-foreground">
            Analysts are added when their first prediction is logged.
          </p>
          <Link href="/predictions/new" className={buttonVariants({ className: "mt-2" })}>
            Log a prediction
          </Link>
        </div>
      ) : (
        <ul aria-label="Analysts" className="grid gap-3 sm:grid-cols-2" data-testid="analyst-list">
          {analysts.map((analyst) => (
            <li key={analyst.id}>
              <Link
                href={`/analysts/${analyst.slug}`}
                className="group flex items-center justify-between gap-4 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:bg-accent/40"
              >
                <span className="flex min-w-0 flex-col gap-1">
                  <span className="font-semibold group-hover:underline">{analyst.name}</span>
                  <span className="truncate text-sm text-muted-foreground">
                    {analyst.affiliation ?? "No affiliation recorded"}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {analyst.predictions} {analyst.predictions === 1 ? "prediction" : "predictions"}, {analyst.judged}{" "}
                    judged
                  </span>
                </span>
                <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
