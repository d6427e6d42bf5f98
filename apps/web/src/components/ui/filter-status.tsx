import { LoaderCircle, X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The line under a filter bar, shown only when it has something to say: the bar's problems and
 * "Updating…" while the new results load (announced politely), and a Clear filters button.
 */
export function FilterStatus({
  show,
  problems,
  pending,
  onClear,
}: {
  /** Whether the line is shown at all (a problem, a pending update, or a filter to clear). */
  show: boolean;
  /** Field errors, each already tied to its field. */
  problems: ReactNode;
  pending: boolean;
  onClear: () => void;
}) {
  if (!show) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div aria-live="polite" className="flex flex-col gap-1 text-sm text-muted-foreground">
        {problems}
        {pending ? (
          <span className="inline-flex items-center gap-1.5">
            <LoaderCircle aria-hidden className="size-4 animate-spin" /> Updating…
          </span>
        ) : null}
      </div>
      <Button variant="ghost" size="sm" onClick={onClear}>
        <X aria-hidden /> Clear filters
      </Button>
    </div>
  );
}
