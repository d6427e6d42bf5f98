import { ChevronRight, Search, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { SearchParamsRecord } from "@/lib/list-filters";
import { errorCode } from "@/trpc/errors";
import { getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Analysts" };

/** Analysts per page: two columns of 30. */
const PAGE_SIZE = 60;
/** As the API allows (longer searches are cut, not refused). */
const MAX_SEARCH = 200;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** /analysts, ?q= to search by name, ?cursor= for the page after the one that linked here. */
const hrefFor = (q: string | undefined, cursor?: string) => {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/analysts?${query}` : "/analysts";
};

export default async function AnalystsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Reading the query string makes the page render per request, never at build time.
  const params = await searchParams;
  const q = one(params.q)?.replace(/\s+/g, " ").slice(0, MAX_SEARCH);
  const cursor = one(params.cursor);
  const queryClient = getQueryClient();
  let page;
  let badLink = false;
  try {
    page = await queryClient.fetchQuery(trpc.analyst.list.queryOptions({ q, cursor, limit: PAGE_SIZE }));
  } catch (error) {
    // A page link that was cut or edited: say so and start from the first page.
    if (!cursor || errorCode(error) !== "BAD_REQUEST") throw error;
    badLink = true;
    page = await queryClient.fetchQuery(trpc.analyst.list.queryOptions({ q, limit: PAGE_SIZE }));
  }
  const { items: analysts, nextCursor } = page;
  const laterPage = Boolean(cursor) && !badLink;

  return (
    <>
      <PageHeader title="Analysts" description="Everyone with a prediction in the ledger, by name." />

      <form method="get" action="/analysts" role="search" className="mb-6 flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1.5 sm:max-w-sm">
          <Label htmlFor="analyst-search">Search by name</Label>
          <Input
            // A fresh field for each search: links to other pages of results keep what it shows true.
            key={q ?? ""}
            id="analyst-search"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            maxLength={MAX_SEARCH}
            placeholder="e.g. Novotna"
            autoComplete="off"
          />
        </div>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          <Search aria-hidden /> Search
        </button>
        {q ? (
          <Link href="/analysts" className={buttonVariants({ variant: "ghost" })}>
            Show everyone
          </Link>
        ) : null}
      </form>

      {badLink ? (
        <Alert variant="warning" className="mb-6">
          That page link is not valid any more, so this is the first page.
        </Alert>
      ) : null}

      {analysts.length === 0 ? (
        q ? (
          <EmptyState
            icon={<Search aria-hidden className="size-10 text-muted-foreground" />}
            title={<>No analyst&rsquo;s name contains &ldquo;{q}&rdquo;</>}
            action={
              <Link href="/analysts" className={buttonVariants({ variant: "outline", className: "mt-2" })}>
                Show everyone
              </Link>
            }
          >
            Try part of a surname, or check the spelling.
          </EmptyState>
        ) : (
          <EmptyState
            icon={<Users aria-hidden className="size-10 text-muted-foreground" />}
            title={laterPage ? "No more analysts" : "No analysts yet"}
            action={
              <Link
                href={laterPage ? "/analysts" : "/predictions/new"}
                className={buttonVariants({ className: "mt-2" })}
              >
                {laterPage ? "Back to the first page" : "Log a prediction"}
              </Link>
            }
          >
            {laterPage
              ? "Everyone has been listed on the pages before this one."
              : "Analysts are added when their first prediction is logged."}
          </EmptyState>
        )
      ) : (
        <>
          <ul
            aria-label={q ? `Analysts whose name contains “${q}”` : "Analysts"}
            className="grid grid-cols-1 gap-3 sm:grid-cols-2"
            data-testid="analyst-list"
          >
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
          <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
            {laterPage ? (
              <Link href={hrefFor(q)} className={buttonVariants({ variant: "outline" })}>
                First page
              </Link>
            ) : (
              <span />
            )}
            {nextCursor ? (
              <Link href={hrefFor(q, nextCursor)} rel="next" className={buttonVariants({ variant: "outline" })}>
                Next {PAGE_SIZE} <ChevronRight aria-hidden />
              </Link>
            ) : (
              <span className="text-muted-foreground">
                {laterPage ? "That is everyone." : `All ${analysts.length} shown.`}
              </span>
            )}
          </nav>
        </>
      )}
    </>
  );
}
