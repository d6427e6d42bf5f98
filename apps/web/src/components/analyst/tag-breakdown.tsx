import type { AnalystTagScores } from "@hindsight/domain";
import Link from "next/link";
import { NotAvailable } from "@/components/scoreboard/not-available";
import { formatRate, formatScore } from "@/lib/score-format";

/** One line of analyst.scores' tag breakdown. */
export type TagScoresView = AnalystTagScores;

const numeric = "px-3 py-2 text-right tabular-nums";

/** The analyst's scores tag by tag; each tag opens the scoreboard filtered by it. */
export function TagBreakdown({ tags, subject }: { tags: readonly TagScoresView[]; subject: string }) {
  if (tags.length === 0) {
    return (
      <p className="rounded-xl border border-dashed bg-card px-6 py-8 text-center text-sm text-muted-foreground">
        None of {subject}’s predictions has a tag yet.
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-xl border bg-card shadow-xs">
      <table className="w-full min-w-[32rem] text-sm" data-testid="tag-breakdown">
        <caption className="sr-only">Scores of {subject} by tag</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Tag
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Predictions
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Scored
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Brier
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Log loss
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Hit rate
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {tags.map((tag) => (
            <tr key={tag.slug} data-testid="tag-row" data-tag={tag.slug}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link
                  href={`/scoreboard?tag=${encodeURIComponent(tag.slug)}`}
                  className="rounded-sm underline-offset-4 hover:text-primary hover:underline"
                >
                  {tag.name}
                  <span className="sr-only">: scoreboard for this tag</span>
                </Link>
              </th>
              <td className={numeric}>{tag.predictions}</td>
              <td className={numeric}>{tag.scored}</td>
              {tag.scored === 0 ? (
                <>
                  <td className={numeric}>
                    <NotAvailable explain />
                  </td>
                  <td className={numeric}>
                    <NotAvailable />
                  </td>
                  <td className={numeric}>
                    <NotAvailable />
                  </td>
                </>
              ) : (
                <>
                  <td className={numeric}>{formatScore(tag.brier)}</td>
                  <td className={numeric}>{formatScore(tag.logLoss)}</td>
                  <td className={numeric}>{formatRate(tag.hitRate)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
