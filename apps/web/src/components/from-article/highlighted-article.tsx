"use client";

import type { ExtractedCandidate } from "@hindsight/domain";
import { memo, useMemo } from "react";
import { cn } from "@/lib/utils";
import { articleSegments } from "./article-values";

export const markId = (index: number) => `candidate-mark-${index}`;

/**
 * The article as the extractor read it, each candidate's quote in a numbered <mark>. Clicking a
 * mark (or its number, which the keyboard reaches) takes the focus to the candidate's card; the
 * mark of the card being edited is outlined, and a mark whose card is unticked is struck through,
 * so neither depends on colour alone.
 */
export const HighlightedArticle = memo(function HighlightedArticle({
  text,
  candidates,
  kept,
  active,
  onSelect,
}: {
  text: string;
  candidates: readonly ExtractedCandidate[];
  /** Whether each candidate is ticked. */
  kept: readonly boolean[];
  active: number | null;
  onSelect: (index: number) => void;
}) {
  const segments = useMemo(() => articleSegments(text, candidates), [text, candidates]);
  return (
    <div
      className="text-[0.95rem] leading-relaxed break-words whitespace-pre-wrap text-foreground"
      data-testid="article-text"
    >
      {segments.map((segment) => {
        if (segment.candidate === null) return <span key={segment.start}>{segment.text}</span>;
        const index = segment.candidate;
        const number = index + 1;
        const keep = kept[index] !== false;
        return (
          <mark
            key={segment.start}
            id={markId(index)}
            tabIndex={-1}
            data-candidate={number}
            data-kept={keep}
            title={keep ? `Candidate ${number}` : `Candidate ${number}, not to be logged`}
            onClick={() => onSelect(index)}
            className={cn(
              "scroll-mt-24 cursor-pointer rounded-sm px-0.5 text-foreground transition-colors [box-decoration-break:clone] focus-visible:outline-2 focus-visible:outline-ring",
              keep
                ? "bg-warning/25 underline decoration-warning decoration-2 underline-offset-4 hover:bg-warning/40"
                : "bg-muted text-muted-foreground line-through decoration-muted-foreground/70",
              active === index && "outline-2 outline-offset-1 outline-primary",
            )}
          >
            <button
              type="button"
              aria-label={`Candidate ${number}${keep ? "" : " (unticked)"}: go to its card`}
              className={cn(
                "mr-1 inline-flex h-4.5 min-w-4.5 -translate-y-px items-center justify-center rounded-full px-1 align-middle text-[0.7rem] leading-none font-semibold no-underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
                keep ? "bg-primary text-primary-foreground" : "bg-muted-foreground/30 text-foreground",
              )}
            >
              {number}
            </button>
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
});
