"use client";

import { isRole, type Role, type UserSummary } from "@hindsight/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, UsersRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AdminTable, type AdminColumn } from "@/components/admin/admin-table";
import { roleLabel } from "@/components/auth/role-badge";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import { describeError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { RoleSelect } from "./role-select";
import { notify } from "@/lib/notify";

const withArticle: Record<Role, string> = { ADMIN: "an admin", EDITOR: "an editor", VIEWER: "a viewer" };

const userColumns: AdminColumn[] = [
  { label: "User" },
  { label: "Added", className: "hidden sm:table-cell" },
  { label: "Role" },
];

/** Every user with their role, which an admin changes in place. */
export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions());

  const list = users.data ?? [];
  return (
    <AdminTable
      caption={list.length === 1 ? "1 user" : `${list.length} users`}
      columns={userColumns}
      loadError={users.isError ? { what: "The users", error: users.error } : null}
      empty={
        list.length === 0 ? (
          <>
            <UsersRound aria-hidden className="mx-auto mb-2 size-6" />
            No users yet.
          </>
        ) : null
      }
    >
      {list.map((user) => (
        <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
      ))}
    </AdminTable>
  );
}

function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pendingRole, setPendingRole] = useState<Role | null>(null);
  const setRole = useMutation(trpc.user.setRole.mutationOptions());
  const selectId = `role-${user.id}`;

  const change = async (role: Role) => {
    if (role === user.role) return;
    if (
      isSelf &&
      role !== "ADMIN" &&
      !window.confirm(
        `You will lose the admin role and this page with it. Make yourself ${roleLabel[role].toLowerCase()}?`,
      )
    ) {
      return;
    }
    setPendingRole(role);
    try {
      await setRole.mutateAsync({ userId: user.id, role });
      notify.success(`${user.name} is now ${withArticle[role]}`);
      await queryClient.invalidateQueries({ queryKey: trpc.user.pathKey() });
      if (isSelf) router.refresh();
    } catch (error) {
      notify.error(`The role of ${user.name} was not changed`, { description: describeError(error) });
    } finally {
      setPendingRole(null);
    }
  };

  return (
    <tr>
      <td className="px-4 py-3">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{user.name}</span>
          {isSelf ? <Badge variant="muted">you</Badge> : null}
        </div>
        <div className="text-muted-foreground break-all">{user.email}</div>
      </td>
      <td className="hidden px-4 py-3 whitespace-nowrap text-muted-foreground sm:table-cell">
        {formatDay(user.createdAt)}
      </td>
      <td className="px-4 py-3">
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="sr-only">
            Role of {user.name}
          </label>
          <RoleSelect
            id={selectId}
            value={pendingRole ?? user.role}
            disabled={pendingRole !== null}
            aria-busy={pendingRole !== null}
            onChange={(event) => {
              if (isRole(event.target.value)) void change(event.target.value);
            }}
          />
          {pendingRole ? (
            <LoaderCircle aria-label="Saving" className="size-4 animate-spin text-muted-foreground" />
          ) : null}
        </div>
      </td>
    </tr>
  );
}
