"use client";

import {
  apiKeyRoles,
  type CreateApiKeyFormValues,
  type CreateApiKeyInput,
  type CreatedApiKey,
} from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, LoaderCircle } from "lucide-react";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { SecretCard } from "@/components/admin/secret-card";
import { roleLabel } from "@/components/auth/role-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { showFormWriteError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { lazyZodResolver } from "@/lib/lazy-zod-resolver";

const fieldPaths = ["name", "role", "expiresAt"] as const;
const empty: CreateApiKeyFormValues = { name: "", role: "EDITOR", expiresAt: "" };
const roleHints = {
  EDITOR: "Reads, logs and judges predictions",
  VIEWER: "Reads only (reading needs no key)",
} as const;

/** Creates a key and shows it once; the server keeps only its hash. */
export function CreateApiKeyForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const form = useForm<CreateApiKeyFormValues, unknown, CreateApiKeyInput>({
    resolver: lazyZodResolver(() => import("@hindsight/domain/schemas").then((schemas) => schemas.createApiKeyInput)),
    defaultValues: empty,
    shouldFocusError: true,
  });
  const { register, formState, setError, control } = form;
  const errors = formState.errors;
  const create = useMutation(trpc.apiKey.create.mutationOptions());
  const role = useWatch({ control, name: "role" });

  const onValid = async (values: CreateApiKeyInput) => {
    setFormError(null);
    try {
      const key = await create.mutateAsync(values);
      setCreated(key);
      form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
    } catch (error) {
      showFormWriteError(error, { fieldPaths, setError, setFormError, failed: "The key was not created." });
    }
  };

  if (created) return <NewKey created={created} onDone={() => setCreated(null)} />;

  const pending = formState.isSubmitting || create.isPending;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Create a key</CardTitle>
        <CardDescription>One key per script or service, so that each can be revoked on its own.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          aria-label="Create an API key"
          className="flex flex-col gap-4"
          onSubmit={(event) => void form.handleSubmit(onValid)(event)}
        >
          {formError ? <Alert role="alert">{formError}</Alert> : null}
          <Field
            id="new-key-name"
            label="Name"
            hint="What uses it, e.g. “Nightly import”."
            error={errors.name?.message}
          >
            <Input
              {...fieldAria("new-key-name", { hint: true, error: errors.name?.message })}
              {...register("name")}
              autoComplete="off"
            />
          </Field>
          <Field
            id="new-key-role"
            label="Role"
            hint={role === "EDITOR" || role === "VIEWER" ? `${roleHints[role]}.` : undefined}
            error={errors.role?.message}
          >
            <Select
              {...fieldAria("new-key-role", { hint: true, error: errors.role?.message })}
              {...register("role")}
              className="w-full"
            >
              {apiKeyRoles.map((option) => (
                <option key={option} value={option}>
                  {roleLabel[option]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            id="new-key-expires"
            label="Expires"
            optional
            hint="Refused from 00:00 UTC on this day. Leave empty for a key that does not expire."
            error={errors.expiresAt?.message}
          >
            <Input
              {...fieldAria("new-key-expires", { hint: true, error: errors.expiresAt?.message })}
              {...register("expiresAt")}
              type="date"
            />
          </Field>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <KeyRound aria-hidden />}
            {pending ? "Creating…" : "Create key"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

/** The new key, shown this once, with a copy button. */
function NewKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  return (
    <SecretCard
      idBase="new-key"
      title={<>Key “{created.name}” created</>}
      description={
        <>
          {roleLabel[created.role]} key. Copy it now: it is shown only this once and cannot be recovered. Send it as{" "}
          <code className="rounded bg-muted px-1 py-0.5 text-xs">Authorization: Bearer &lt;key&gt;</code>.
        </>
      }
      warning={
        <Alert variant="warning">
          Anyone with this key can {created.role === "EDITOR" ? "log and judge predictions" : "use the API"} as you.
        </Alert>
      }
      label="The new API key"
      secret={created.key}
      noun="key"
      testId="new-api-key"
      onDone={onDone}
    />
  );
}
