/** What stands for a figure of someone with nothing scored: "n/a", and why, in words. */
export const NOT_AVAILABLE = "n/a";
export const NOTHING_SCORED_YET = "nothing scored yet";

/**
 * A figure that does not exist yet because nothing is scored: "n/a", muted, with "nothing scored
 * yet" said to screen readers and on hover, or shown under it with `explain` (once per row is
 * enough). Never a number: an adjusted Brier with nothing scored is only the population's, and would
 * read like a score of the analyst's own.
 */
export function NotAvailable({ explain = false }: { explain?: boolean }) {
  return (
    <span className="font-normal text-muted-foreground" title={NOTHING_SCORED_YET} data-testid="not-available">
      {NOT_AVAILABLE}
      {explain ? (
        <span className="block text-xs whitespace-nowrap">
          <span className="sr-only"> — </span>
          {NOTHING_SCORED_YET}
        </span>
      ) : (
        <span className="sr-only"> — {NOTHING_SCORED_YET}</span>
      )}
    </span>
  );
}
