import { roles, type Role } from "@hindsight/domain";
import type { ComponentProps } from "react";
import { roleLabel } from "@/components/auth/role-badge";
import { Select } from "@/components/ui/select";

export const roleDescriptions: Record<Role, string> = {
  VIEWER: "Reads, like anyone",
  EDITOR: "Logs, edits and judges predictions",
  ADMIN: "Also manages users",
};

/** The three roles in the browser's own select. */
export function RoleSelect(props: ComponentProps<"select">) {
  return (
    <Select {...props}>
      {roles.map((role) => (
        <option key={role} value={role}>
          {roleLabel[role]}
        </option>
      ))}
    </Select>
  );
}
