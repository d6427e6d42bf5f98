import type { DisputeRecord } from "@hindsight/domain";

/** A dispute's status in words, and the badge it wears. */
export const disputeStatusWords: Record<
  DisputeRecord["status"],
  { label: string; variant: "warning" | "success" | "muted" }
> = {
  OPEN: { label: "Open", variant: "warning" },
  UPHELD: { label: "Upheld", variant: "success" },
  REJECTED: { label: "Rejected", variant: "muted" },
};

/** Evidence links typed one per line (or separated by spaces), blanks dropped. */
export const evidenceLines = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
