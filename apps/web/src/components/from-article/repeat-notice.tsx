"use client";

import type { ExtractedCandidate, RepeatMatch } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { CopyCheck } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { useTRPCClient } from "@/trpc/react";

/**
 * The candidates whose claim is likely already in the ledger, by their place in the list. Asked
 * once per set of candidates (the claims as the extractor wrote them, with their speakers); while
 * the answer is on its way, or if the ledger cannot be asked, no card is flagged.
 */
export function useCandidateRepeats(candidates: readonly ExtractedCandidate[]): Map<number, RepeatMatch[]> {
  const client = useTRPCClient();
  const input = useMemo(
    () => ({ candidates: candidates.map((candidate) => ({ claim: candidate.claim, speaker: candidate.speaker })) }),
    [candidates],
  );
  const repeats = useQuery({
    queryKey: ["extract.repeats", input],
    queryFn: () => client.extract.repeats.mutate(input),
    enabled: input.candidates.length > 0,
    staleTime: 60_000,
    retry: false,
  });
  return useMemo(
    () => new Map((repeats.data ?? []).map((entry) => [entry.index, entry.matches] as const)),
    [repeats.data],
  );
}

/** "Possibly already logged": each likely repeat with a link to it, so a repeated op-ed is not logged twice. */
export function RepeatNotice({ matches }: { matches: readonly RepeatMatch[] | undefined }) {
  if (!matches?.length) return null;
  return (
    <div
      role="note"
      className="mx-4 mt-3 flex items-start gap-2 rounded-lg border border-warning/30 bg-warning/10 px-3 py-2 text-sm"
      data-testid="repeat-notice"
    >
      <CopyCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-medium">Possibly already logged:</p>
        <ul className="flex flex-col gap-1">
          {matches.map((match) => (
            <li key={match.kind === "prediction" ? match.id : match.key} className="min-w-0">
              {match.kind === "prediction" ? (
                <>
                  <Link href={`/predictions/${match.id}`} className="text-primary underline-offset-2 hover:underline">
                    {match.claim}
                  </Link>
                  <span className="text-muted-foreground">
                    {" "}
                    ({match.sameAnalyst ? "the same analyst, " : ""}
                    {match.analyst.name})
                  </span>
                </>
              ) : (
                <>
                  <span className="text-muted-foreground">Question: </span>
                  <Link
                    href={`/questions/${encodeURIComponent(match.key)}`}
                    className="text-primary underline-offset-2 hover:underline"
                  >
                    {match.title}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
