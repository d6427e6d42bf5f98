"use client";

import { MIN_PASSWORD_LENGTH, type CreateUserFormValues, type CreateUserInput } from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, UserPlus } from "lucide-react";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { showFormWriteError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { roleDescriptions, RoleSelect } from "./role-select";
import { lazyZodResolver } from "@/lib/lazy-zod-resolver";
import { notify } from "@/lib/notify";

const fieldPaths = ["email", "name", "password", "role"] as const;
const empty: CreateUserFormValues = { email: "", name: "", password: "", role: "EDITOR" };

/** Adds a user who signs in with email and password. Validated by the shared schema on both sides. */
export function CreateUserForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateUserFormValues, unknown, CreateUserInput>({
    resolver: lazyZodResolver(() => import("@hindsight/domain/schemas").then((schemas) => schemas.createUserInput)),
    defaultValues: empty,
    shouldFocusError: true,
  });
  const { register, formState, setError, control } = form;
  const errors = formState.errors;
  const create = useMutation(trpc.user.create.mutationOptions());
  const role = useWatch({ control, name: "role" });

  const onValid = async (values: CreateUserInput) => {
    setFormError(null);
    try {
      const created = await create.mutateAsync(values);
      notify.success(`${created.name} can now sign in`, { description: created.email });
      form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
    } catch (error) {
      showFormWriteError(error, { fieldPaths, setError, setFormError, failed: "The user was not created." });
    }
  };

  const pending = formState.isSubmitting || create.isPending;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Add a user</CardTitle>
        <CardDescription>Tell them their password in person; they can sign in at once.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          aria-label="Add a user"
          className="flex flex-col gap-4"
          onSubmit={(event) => void form.handleSubmit(onValid)(event)}
        >
          {formError ? <Alert role="alert">{formError}</Alert> : null}
          <Field id="new-user-name" label="Name" error={errors.name?.message}>
            <Input
              {...fieldAria("new-user-name", { error: errors.name?.message })}
              {...register("name")}
              autoComplete="off"
            />
          </Field>
          <Field id="new-user-email" label="Email" error={errors.email?.message}>
            <Input
              {...fieldAria("new-user-email", { error: errors.email?.message })}
              {...register("email")}
              type="email"
              inputMode="email"
              autoComplete="off"
            />
          </Field>
          <Field
            id="new-user-password"
            label="Password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            error={errors.password?.message}
          >
            <Input
              {...fieldAria("new-user-password", { hint: true, error: errors.password?.message })}
              {...register("password")}
              type="password"
              autoComplete="new-password"
            />
          </Field>
          <Field
            id="new-user-role"
            label="Role"
            hint={role ? `${roleDescriptions[role]}.` : undefined}
            error={errors.role?.message}
          >
            <RoleSelect
              {...fieldAria("new-user-role", { hint: true, error: errors.role?.message })}
              {...register("role")}
              className="w-full"
            />
          </Field>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <UserPlus aria-hidden />}
            {pending ? "Adding…" : "Add user"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
