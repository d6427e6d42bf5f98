import type { Outcome } from "@hindsight/domain";
import {
  Ban,
  CircleCheck,
  CircleDashed,
  CircleQuestionMark,
  CircleSlash,
  CircleX,
  type LucideIcon,
} from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { statusLabel } from "@/lib/format";

const looks: Record<Outcome | "OPEN", { icon: LucideIcon; variant: BadgeProps["variant"] }> = {
  OPEN: { icon: CircleDashed, variant: "outline" },
  TRUE: { icon: CircleCheck, variant: "success" },
  FALSE: { icon: CircleX, variant: "destructive" },
  PARTIAL: { icon: CircleSlash, variant: "warning" },
  AMBIGUOUS: { icon: CircleQuestionMark, variant: "muted" },
  ANNULLED: { icon: Ban, variant: "muted" },
};

/** The prediction's status as an icon and a word: colour is never the only signal. */
export function StatusBadge({ outcome }: { outcome: Outcome | null }) {
  const { icon: Icon, variant } = looks[outcome ?? "OPEN"];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {statusLabel(outcome)}
    </Badge>
  );
}
