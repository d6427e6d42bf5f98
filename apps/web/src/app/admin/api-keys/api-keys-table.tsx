"use client";

import { apiKeyStatus, type ApiKeyStatus, type ApiKeySummary } from "@hindsight/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ban, KeyRound, LoaderCircle } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { RoleBadge } from "@/components/auth/role-badge";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/lib/format";
import { describeError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

const statusLooks: Record<ApiKeyStatus, { label: string; variant: BadgeProps["variant"] }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "warning" },
  revoked: { label: "Revoked", variant: "destructive" },
};

/** Every key with its state; an admin revokes one in place. */
export function ApiKeysTable() {
  const trpc = useTRPC();
  const keys = useQuery(trpc.apiKey.list.queryOptions());

  if (keys.isError) {
    return (
      <Card role="alert" className="p-6 text-sm text-destructive">
        The API keys could not be loaded. {describeError(keys.error)}
      </Card>
    );
  }
  const list = keys.data ?? [];
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="border-b px-4 py-3 text-left font-medium">
          {list.length === 1 ? "1 key" : `${list.length} keys`}
        </caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Key
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">
              Created
            </th>
            <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
              Last used
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {list.length === 0 ? (
            <tr>
              <td colSpan={6} className="px-4 py-10 text-center text-muted-foreground">
                <KeyRound aria-hidden className="mx-auto mb-2 size-6" />
                No API keys yet. Create one for each script that writes to the ledger.
              </td>
            </tr>
          ) : (
            list.map((key) => <ApiKeyRow key={key.id} apiKey={key} />)
          )}
        </tbody>
      </table>
    </Card>
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
      toast.success(`The key “${apiKey.name}” is revoked`);
      await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
    } catch (error) {
      toast.error(`The key “${apiKey.name}” was not revoked`, { description: describeError(error) });
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
