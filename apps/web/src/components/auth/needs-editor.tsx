import type { ReactNode } from "react";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { RoleBadge } from "@/components/auth/role-badge";

/**
 * Shown to signed-in viewers instead of an editor's page: what only editors can do, and a way on.
 * `children` finishes "Only editors can ..." ("import ledger files.").
 */
export function NeedsEditor({
  children,
  after,
  back,
}: {
  children: ReactNode;
  /** A sentence after the request for the role ("Anyone can download the ledger."). */
  after?: ReactNode;
  back: { href: string; label: string };
}) {
  return (
    <ForbiddenNotice title="You need the editor role" back={back}>
      Only editors can {children} You are signed in as <RoleBadge role="VIEWER" className="align-middle" />; ask an
      admin for the editor role.{after ? <> {after}</> : null}
    </ForbiddenNotice>
  );
}
