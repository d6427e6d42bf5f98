"use client";

import { apiKeyStatus, type ApiKeyStatus, type ApiKeySummary } from "@hindsight/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ban, KeyRound, LoaderCircle } from "lucide-react";
import { useState } from "react";
import { AdminTable, type AdminColumn } from "@/components/admin/admin-table";
import { RoleBadge } from "@/components/auth/role-badge";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/format";
import { describeError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { notify } from "@/lib/notify";

const statusLooks: Record<ApiKeyStatus, { label: string; variant: BadgeProps["variant"] }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "warning" },
  revoked: { label: "Revoked", variant: "destructive" },
};

const keyColumns: AdminColumn[] = [
  { label: "Key" },
  { label: "Role" },
  { label: "Created", className: "hidden md:table-cell" },
  { label: "Last used", className: "hidden sm:table-cell" },
  { label: "Status" },
  { label: <span className="sr-only">Actions</span> },
];

/** Every key with its state; an admin revokes one in place. */
export function ApiKeysTable() {
  const trpc = useTRPC();
  const keys = useQuery(trpc.apiKey.list.queryOptions());

  const list = keys.data ?? [];
  return (
    <AdminTable
      caption={list.length === 1 ? "1 key" : `${list.length} keys`}
      columns={keyColumns}
      loadError={keys.isError ? { what: "The API keys", error: keys.error } : null}
      empty={
        list.length === 0 ? (
          <>
            <KeyRound aria-hidden className="mx-auto mb-2 size-6" />
            No API keys yet. Create one for each script that writes to the ledger.
          </>
        ) : null
      }
    >
      {list.map((key) => (
        <ApiKeyRow key={key.id} apiKey={key} />
      ))}
    </AdminTable>
  );
}

function ApiKeyRow({ apiKey }: { apiKey: ApiKeySummary }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.apiKey.revoke.mutationOptions());
  const [pending, setPending] = useState(false);
  const status = apiKeyStatus(apiKey, new Date());
  const look = statusLooks[status];

  const onRevoke = async () => {
    if (
      !window.confirm(`Revoke the key “${apiKey.name}” (${apiKey.prefix}…)? Scripts using it will be refused at once.`)
    ) {
      return;
    }
    setPending(true);
    try {
      await revoke.mutateAsync({ id: apiKey.id });
      notify.success(`The key “${apiKey.name}” is revoked`);
      await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
    } catch (error) {
      notify.error(`The key “${apiKey.name}” was not revoked`, { description: describeError(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <tr data-testid={`api-key-${apiKey.prefix}`}>
      <td className="px-4 py-3">
        <div className="font-medium">{apiKey.name}</div>
        <code className="text-xs text-muted-foreground">{apiKey.prefix}…</code>
      </td>
      <td className="px-4 py-3">
        <RoleBadge role={apiKey.role} />
      </td>
      <td className="hidden px-4 py-3 text-muted-foreground md:table-cell">
        <div className="whitespace-nowrap">{formatDay(apiKey.createdAt)}</div>
        <div className="text-xs">by {apiKey.createdBy.name}</div>
      </td>
      <td className="hidden px-4 py-3 whitespace-nowrap text-muted-foreground sm:table-cell">
        {apiKey.lastUsedAt ? formatDay(apiKey.lastUsedAt) : "Never"}
      </td>
      <td className="px-4 py-3">
        <Badge variant={look.variant}>{look.label}</Badge>
        {status === "active" && apiKey.expiresAt ? (
          <div className="mt-1 text-xs whitespace-nowrap text-muted-foreground">
            until {formatDay(apiKey.expiresAt)}
          </div>
        ) : null}
        {status === "revoked" && apiKey.revokedAt ? (
          <div className="mt-1 text-xs whitespace-nowrap text-muted-foreground">{formatDay(apiKey.revokedAt)}</div>
        ) : null}
      </td>
      <td className="px-4 py-3 text-right">
        {status === "revoked" ? null : (
          <Button
            variant="outline"
            size="sm"
            onClick={() => void onRevoke()}
            disabled={pending}
            aria-disabled={pending}
            aria-label={`Revoke ${apiKey.name}`}
          >
            {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Ban aria-hidden />}
            Revoke
          </Button>
        )}
      </td>
    </tr>
  );
}
