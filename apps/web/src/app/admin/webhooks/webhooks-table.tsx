"use client";

import type { WebhookDeliveryAttempt, WebhookEndpointSummary } from "@hindsight/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound, List, LoaderCircle, Pause, Play, RotateCw, Webhook } from "lucide-react";
import { useState } from "react";
import { AdminTable, type AdminColumn } from "@/components/admin/admin-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDay, formatMoment } from "@/lib/format";
import { describeError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { SecretCard } from "./secret-card";
import { notify } from "@/lib/notify";

const columns: AdminColumn[] = [
  { label: "Endpoint" },
  { label: "Events", className: "hidden md:table-cell" },
  { label: "Last delivery", className: "hidden sm:table-cell" },
  { label: "Status" },
  { label: <span className="sr-only">Actions</span> },
];

const deliveryLabel = (attempt: { statusCode: number | null; error: string | null }) =>
  attempt.statusCode !== null ? `HTTP ${attempt.statusCode}` : (attempt.error ?? "Failed");

const succeeded = (statusCode: number | null) => statusCode !== null && statusCode >= 200 && statusCode < 300;

/** Every endpoint; an admin shows its secret, pauses or resumes it, and opens its delivery log. */
export function WebhooksTable() {
  const trpc = useTRPC();
  const endpoints = useQuery(trpc.webhook.list.queryOptions());
  const [open, setOpen] = useState<string | null>(null);
  const list = endpoints.data ?? [];
  const shown = list.find((endpoint) => endpoint.id === open) ?? null;
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <AdminTable
        caption={list.length === 1 ? "1 endpoint" : `${list.length} endpoints`}
        columns={columns}
        loadError={endpoints.isError ? { what: "The webhook endpoints", error: endpoints.error } : null}
        empty={
          list.length === 0 ? (
            <>
              <Webhook aria-hidden className="mx-auto mb-2 size-6" />
              No endpoints yet. Register one to have events sent to it.
            </>
          ) : null
        }
      >
        {list.map((endpoint) => (
          <EndpointRow
            key={endpoint.id}
            endpoint={endpoint}
            logOpen={open === endpoint.id}
            onToggleLog={() => setOpen(open === endpoint.id ? null : endpoint.id)}
          />
        ))}
      </AdminTable>
      {shown ? <DeliveryLog endpoint={shown} /> : null}
    </div>
  );
}

function EndpointRow({
  endpoint,
  logOpen,
  onToggleLog,
}: {
  endpoint: WebhookEndpointSummary;
  logOpen: boolean;
  onToggleLog: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setActive = useMutation(trpc.webhook.setActive.mutationOptions());
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, setPending] = useState<"secret" | "active" | null>(null);

  const showSecret = async () => {
    setPending("secret");
    try {
      const answer = await queryClient.fetchQuery(
        trpc.webhook.secret.queryOptions({ id: endpoint.id }, { staleTime: 0 }),
      );
      setSecret(answer.secret);
    } catch (error) {
      notify.error("The secret could not be shown", { description: describeError(error) });
    } finally {
      setPending(null);
    }
  };

  const toggleActive = async () => {
    setPending("active");
    try {
      await setActive.mutateAsync({ id: endpoint.id, active: !endpoint.active });
      notify.success(endpoint.active ? "Endpoint paused: no new events go to it" : "Endpoint resumed");
      await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
    } catch (error) {
      notify.error("The endpoint was not changed", { description: describeError(error) });
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <tr data-testid={`webhook-${endpoint.id}`}>
        <td className="px-4 py-3">
          <div className="font-medium break-all">{endpoint.url}</div>
          <div className="text-xs text-muted-foreground">
            {formatDay(endpoint.createdAt)}
            {endpoint.createdBy ? ` by ${endpoint.createdBy.name}` : ""}
          </div>
        </td>
        <td className="hidden px-4 py-3 md:table-cell">
          <ul className="flex flex-col gap-0.5 text-xs">
            {endpoint.events.map((type) => (
              <li key={type}>
                <code>{type}</code>
              </li>
            ))}
          </ul>
        </td>
        <td className="hidden px-4 py-3 text-muted-foreground sm:table-cell">
          {endpoint.lastDelivery ? (
            <>
              <Badge variant={succeeded(endpoint.lastDelivery.statusCode) ? "success" : "destructive"}>
                {deliveryLabel(endpoint.lastDelivery)}
              </Badge>
              <div className="mt-1 text-xs whitespace-nowrap">{formatMoment(endpoint.lastDelivery.at)}</div>
            </>
          ) : (
            "None yet"
          )}
        </td>
        <td className="px-4 py-3">
          <Badge variant={endpoint.active ? "success" : "muted"}>{endpoint.active ? "Active" : "Paused"}</Badge>
        </td>
        <td className="px-4 py-3 text-right">
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              variant="outline"
              size="sm"
              onClick={onToggleLog}
              aria-expanded={logOpen}
              aria-label={`Delivery log of ${endpoint.url}`}
            >
              <List aria-hidden />
              Log
            </Button>
            <Button
              variant="outline"
              size="sm"
              onClick={() => void showSecret()}
              disabled={pending !== null}
              aria-label={`Show the secret of ${endpoint.url}`}
            >
              {pending === "secret" ? <LoaderCircle aria-hidden className="animate-spin" /> : <KeyRound aria-hidden />}
              Secret
            </Button>
            <Button
              variant="outline"
              size="sm"
              onClick={() => void toggleActive()}
              disabled={pending !== null}
              aria-label={`${endpoint.active ? "Pause" : "Resume"} ${endpoint.url}`}
            >
              {pending === "active" ? (
                <LoaderCircle aria-hidden className="animate-spin" />
              ) : endpoint.active ? (
                <Pause aria-hidden />
              ) : (
                <Play aria-hidden />
              )}
              {endpoint.active ? "Pause" : "Resume"}
            </Button>
          </div>
        </td>
      </tr>
      {secret ? (
        <tr>
          <td colSpan={columns.length} className="px-4 py-3">
            <SecretCard title="Signing secret" url={endpoint.url} secret={secret} onDone={() => setSecret(null)} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Every attempt to the endpoint, newest first, refreshed every few seconds while open. */
function DeliveryLog({ endpoint }: { endpoint: WebhookEndpointSummary }) {
  const trpc = useTRPC();
  const deliveries = useQuery(trpc.webhook.deliveries.queryOptions({ id: endpoint.id }, { refetchInterval: 3000 }));
  const rows = deliveries.data ?? [];
  // The newest attempt of each event carries the Redeliver button.
  const latest = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!seen.has(row.eventId)) latest.add(row.id);
    seen.add(row.eventId);
  }
  return (
    <section aria-labelledby="delivery-log-title" className="flex flex-col gap-2">
      <h2 id="delivery-log-title" className="text-lg font-semibold">
        Delivery log: <span className="break-all">{endpoint.url}</span>
      </h2>
      <AdminTable
        caption={rows.length === 1 ? "1 attempt" : `${rows.length} attempts (newest first)`}
        columns={[
          { label: "When" },
          { label: "Event" },
          { label: "Attempt" },
          { label: "Result" },
          { label: "Time", className: "hidden sm:table-cell" },
          { label: <span className="sr-only">Actions</span> },
        ]}
        loadError={deliveries.isError ? { what: "The delivery log", error: deliveries.error } : null}
        empty={rows.length === 0 ? <>No attempts yet: events are sent within seconds of the write.</> : null}
      >
        {rows.map((row) => (
          <AttemptRow
            key={row.id}
            endpointId={endpoint.id}
            attempt={row}
            canRedeliver={latest.has(row.id) && endpoint.active}
          />
        ))}
      </AdminTable>
    </section>
  );
}

function AttemptRow({
  endpointId,
  attempt,
  canRedeliver,
}: {
  endpointId: string;
  attempt: WebhookDeliveryAttempt;
  canRedeliver: boolean;
}) {
  const trpc = useTRPC();
  const redeliver = useMutation(trpc.webhook.redeliver.mutationOptions());
  const onRedeliver = async () => {
    try {
      await redeliver.mutateAsync({ endpointId, eventId: attempt.eventId });
      notify.success("Redelivery queued: it appears in the log within seconds");
    } catch (error) {
      notify.error("Not redelivered", { description: describeError(error) });
    }
  };
  return (
    <tr data-testid="webhook-attempt">
      <td className="px-4 py-3 whitespace-nowrap text-muted-foreground">{formatMoment(attempt.at)}</td>
      <td className="px-4 py-3">
        <code className="text-xs">{attempt.eventType}</code>
        <div className="text-xs break-all text-muted-foreground">{attempt.eventId}</div>
      </td>
      <td className="px-4 py-3">{attempt.attempt}</td>
      <td className="px-4 py-3">
        <Badge variant={attempt.ok ? "success" : "destructive"}>{deliveryLabel(attempt)}</Badge>
        {attempt.statusCode !== null && attempt.error ? (
          <div className="mt-1 text-xs text-muted-foreground">{attempt.error}</div>
        ) : null}
      </td>
      <td className="hidden px-4 py-3 whitespace-nowrap text-muted-foreground sm:table-cell">
        {attempt.durationMs} ms
      </td>
      <td className="px-4 py-3 text-right">
        {canRedeliver ? (
          <Button
            variant="outline"
            size="sm"
            onClick={() => void onRedeliver()}
            disabled={redeliver.isPending}
            aria-label={`Redeliver ${attempt.eventType} ${attempt.eventId}`}
          >
            {redeliver.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <RotateCw aria-hidden />}
            Redeliver
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
