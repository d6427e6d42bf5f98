import { MessageSquareWarning } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** "Disputed": someone disputes the judgement and no editor has answered yet (docs/disputes.md). */
export function DisputedBadge() {
  return (
    <Badge
      variant="warning"
      data-testid="disputed-badge"
      title="Its judgement is disputed and awaits an editor's answer"
    >
      <MessageSquareWarning aria-hidden /> Disputed
    </Badge>
  );
}
