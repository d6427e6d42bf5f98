import type { Role } from "@hindsight/domain";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { RoleBadge } from "@/components/auth/role-badge";

/** Shown to signed-in users without the admin role, instead of the page they asked for. */
export function NeedsAdmin({ role, what }: { role: Role; what: string }) {
  return (
    <ForbiddenNotice title="You need the admin role" back={{ href: "/", label: "Back to predictions" }}>
      Only admins can {what}. You are signed in as <RoleBadge role={role} className="align-middle" />; ask an admin to
      change your role if you need this.
    </ForbiddenNotice>
  );
}
