import type { Role } from "@hindsight/domain";
import { Eye, PenLine, ShieldCheck, type LucideIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";

export const roleLabel: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", VIEWER: "Viewer" };

const looks: Record<Role, { icon: LucideIcon; variant: BadgeProps["variant"] }> = {
  ADMIN: { icon: ShieldCheck, variant: "default" },
  EDITOR: { icon: PenLine, variant: "secondary" },
  VIEWER: { icon: Eye, variant: "outline" },
};

/** A user's role as an icon and a word. */
export function RoleBadge({ role, className }: { role: Role; className?: string }) {
  const { icon: Icon, variant } = looks[role];
  return (
    <Badge variant={variant} className={className}>
      <Icon aria-hidden />
      {roleLabel[role]}
    </Badge>
  );
}
