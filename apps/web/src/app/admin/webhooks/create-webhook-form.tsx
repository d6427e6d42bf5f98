"use client";

import {
  webhookEventTypes,
  type CreatedWebhookEndpoint,
  type CreateWebhookFormValues,
  type CreateWebhookInput,
} from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, Webhook } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Choice } from "@/components/ui/choice";
import { Field, FieldError, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/lib/lazy-zod-resolver";
import { showFormWriteError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { SecretCard } from "./secret-card";

const fieldPaths = ["url", "events"] as const;
const empty: CreateWebhookFormValues = { url: "", events: [] };

/** What each event is, beside its checkbox. */
export const eventHints: Record<(typeof webhookEventTypes)[number], string> = {
  "prediction.created": "A prediction is logged",
  "prediction.updated": "A prediction is edited, or linked to a question",
  "judgement.created": "A prediction is judged or reopened",
  "question.judged": "A question is judged or reopened",
  "dispute.created": "Someone disputes a judgement",
  "dispute.answered": "An editor upholds or rejects a dispute",
};

/** Registers an endpoint and shows its signing secret. */
export function CreateWebhookForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedWebhookEndpoint | null>(null);
  const form = useForm<CreateWebhookFormValues, unknown, CreateWebhookInput>({
    resolver: lazyZodResolver(() => import("@hindsight/domain/schemas").then((schemas) => schemas.createWebhookInput)),
    defaultValues: empty,
    shouldFocusError: true,
  });
  const { register, formState, setError } = form;
  const errors = formState.errors;
  const create = useMutation(trpc.webhook.create.mutationOptions());

  const onValid = async (values: CreateWebhookInput) => {
    setFormError(null);
    try {
      const endpoint = await create.mutateAsync(values);
      setCreated(endpoint);
      form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
    } catch (error) {
      showFormWriteError(error, { fieldPaths, setError, setFormError, failed: "The endpoint was not registered." });
    }
  };

  if (created) {
    return (
      <SecretCard
        title="Endpoint registered"
        url={created.url}
        secret={created.secret}
        onDone={() => setCreated(null)}
      />
    );
  }

  const pending = formState.isSubmitting || create.isPending;
  const eventsError = errors.events?.message ?? errors.events?.root?.message ?? errors.events?.[0]?.message;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Register an endpoint</CardTitle>
        <CardDescription>
          The URL must answer 2xx within 10 seconds. Addresses on private networks are refused unless the server allows
          them.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          aria-label="Register a webhook endpoint"
          className="flex flex-col gap-4"
          onSubmit={(event) => void form.handleSubmit(onValid)(event)}
        >
          {formError ? <Alert role="alert">{formError}</Alert> : null}
          <Field
            id="new-webhook-url"
            label="URL"
            hint="https://… where your service receives events."
            error={errors.url?.message}
          >
            <Input
              {...fieldAria("new-webhook-url", { hint: true, error: errors.url?.message })}
              {...register("url")}
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://example.org/hooks/hindsight"
            />
          </Field>
          <fieldset
            className="flex flex-col gap-2"
            aria-describedby={eventsError ? "new-webhook-events-error" : undefined}
            aria-invalid={eventsError ? true : undefined}
          >
            <legend className="mb-1 text-sm font-medium">Events</legend>
            {webhookEventTypes.map((type) => (
              <Choice
                key={type}
                type="checkbox"
                value={type}
                label={<code className="text-xs">{type}</code>}
                description={eventHints[type]}
                {...register("events")}
              />
            ))}
            {eventsError ? <FieldError id="new-webhook-events">{eventsError}</FieldError> : null}
          </fieldset>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Webhook aria-hidden />}
            {pending ? "Registering…" : "Register endpoint"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
