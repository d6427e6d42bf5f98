import type { SourceDetail } from "@hindsight/domain";

/**
 * The stored article text's fingerprint and how many quotes stand in it verbatim, as rows of the
 * source page's facts list.
 */
export function SourceTextFacts({ source }: { source: Pick<SourceDetail, "textSha256" | "quotes"> }) {
  return (
    <>
      <dt className="text-muted-foreground">Article text</dt>
      <dd className="min-w-0" data-testid="source-text-hash">
        {source.textSha256 ? (
          <>
            stored, SHA-256 <code className="font-mono text-xs break-all">{source.textSha256}</code>
          </>
        ) : (
          "not stored"
        )}
      </dd>
      <dt className="text-muted-foreground">Quotes</dt>
      <dd data-testid="source-quotes">
        {source.quotes.total === 0
          ? "no prediction quotes this source"
          : source.textSha256
            ? `${source.quotes.verbatim} of ${source.quotes.total} found verbatim in the stored text`
            : `${source.quotes.total} quoted; no stored text to check them against`}
      </dd>
    </>
  );
}
