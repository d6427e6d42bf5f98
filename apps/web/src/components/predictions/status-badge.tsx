import type { Outcome } from "@hindsight/domain";
import {
  Ban,
  CircleCheck,
  CircleDashed,
  CircleQuestionMark,
  CircleSlash,
  CircleX,
  Hourglass,
  type LucideIcon,
} from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { statusLabel } from "@/lib/format";

const looks: Record<Outcome | "OPEN" | "DUE", { icon: LucideIcon; variant: BadgeProps["variant"] }> = {
  OPEN: { icon: CircleDashed, variant: "outline" },
  DUE: { icon: Hourglass, variant: "warning" },
  TRUE: { icon: CircleCheck, variant: "success" },
  FALSE: { icon: CircleX, variant: "destructive" },
  PARTIAL: { icon: CircleSlash, variant: "warning" },
  AMBIGUOUS: { icon: CircleQuestionMark, variant: "muted" },
  ANNULLED: { icon: Ban, variant: "muted" },
};

/**
 * The prediction's status as an icon and a word: colour is never the only signal. `due` marks an
 * open prediction whose deadline has passed (it awaits a judgement).
 */
export function StatusBadge({ outcome, due = false }: { outcome: Outcome | null; due?: boolean }) {
  const { icon: Icon, variant } = looks[outcome ?? (due ? "DUE" : "OPEN")];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {!outcome && due ? "Due" : statusLabel(outcome)}
    </Badge>
  );
}
