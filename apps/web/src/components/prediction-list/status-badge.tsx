import type { Outcome } from "@hindsight/domain";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { InlineIcon, SpriteIcon, type SpriteIconName } from "@/components/ui/sprite-icon";
import { statusLabel } from "@/lib/format";

const looks: Record<Outcome | "OPEN" | "DUE", { icon: SpriteIconName; variant: BadgeProps["variant"] }> = {
  OPEN: { icon: "circle-dashed", variant: "outline" },
  DUE: { icon: "hourglass", variant: "warning" },
  TRUE: { icon: "circle-check", variant: "success" },
  FALSE: { icon: "circle-x", variant: "destructive" },
  PARTIAL: { icon: "circle-slash", variant: "warning" },
  AMBIGUOUS: { icon: "circle-question-mark", variant: "muted" },
  ANNULLED: { icon: "ban", variant: "muted" },
};

/**
 * The prediction's status as an icon and a word: colour is never the only signal. `due` marks an
 * open prediction whose deadline has passed (it awaits a judgement). `fromSprite` for rows of a
 * list, which holds the icons' sprite (ListIconSprite).
 */
export function StatusBadge({
  outcome,
  due = false,
  fromSprite = false,
}: {
  outcome: Outcome | null;
  due?: boolean;
  fromSprite?: boolean;
}) {
  const { icon, variant } = looks[outcome ?? (due ? "DUE" : "OPEN")];
  return (
    <Badge variant={variant}>
      {fromSprite ? <SpriteIcon name={icon} /> : <InlineIcon name={icon} />}
      {!outcome && due ? "Due" : statusLabel(outcome)}
    </Badge>
  );
}
