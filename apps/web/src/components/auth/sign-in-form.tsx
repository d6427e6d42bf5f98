"use client";

import type { SignInInput } from "@hindsight/domain";
import { useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, LogIn } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { authClient } from "@/lib/auth-client";
import { describeSignInFailure, readSignInFailure, type SignInFailure } from "./sign-in-errors";
import { notify } from "@/lib/notify";

type SignInValues = { email: string; password: string };
type FieldName = keyof SignInValues;
const fieldNames: readonly FieldName[] = ["email", "password"];

/**
 * The server's schema, loaded with zod on the first check rather than with the page: the checked
 * input, or the first message for each field.
 */
async function checkSignIn(values: SignInValues) {
  const { signInInput } = await import("@hindsight/domain/schemas");
  const result = signInInput.safeParse(values);
  if (result.success) return { input: result.data, errors: {} };
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of result.error.issues) {
    const field = fieldNames.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { input: null, errors };
}

/**
 * Email and password sign-in. Wrong credentials and rate limits are explained above the fields.
 * Two fields, so no form library (react-hook-form is 15 kB gzipped, most of this page's own weight):
 * checked on submit, the first invalid field focused, then checked again as they are edited.
 */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const emailRef = useRef<HTMLInputElement | null>(null);
  const passwordRef = useRef<HTMLInputElement | null>(null);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [redirecting, setRedirecting] = useState(false);

  const [values, setValues] = useState<SignInValues>({ email: "", password: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  // A rate limit counts down, and the button stays disabled until it is over.
  useEffect(() => {
    if (retryAt === null) return;
    const tick = () => {
      const left = Math.ceil((retryAt - Date.now()) / 1000);
      if (left <= 0) {
        setRetryAt(null);
        setSecondsLeft(0);
        setFailure(null);
      } else {
        setSecondsLeft(left);
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [retryAt]);

  const onValid = async (values: SignInInput) => {
    setFailure(null);
    let retryAfter: string | null = null;
    let result: Awaited<ReturnType<typeof authClient.signIn.email>>;
    try {
      // The auth library's browser client (about 14 kB gzipped) is loaded when the form is sent.
      const { authClient } = await import("@/lib/auth-client");
      result = await authClient.signIn.email(
        { email: values.email, password: values.password },
        {
          onError: (context) => {
            retryAfter = context.response.headers.get("X-Retry-After");
          },
        },
      );
    } catch {
      setFailure({ kind: "unreachable" });
      return;
    }
    if (result.error) {
      const found = readSignInFailure(result.error.status, retryAfter, {
        code: result.error.code,
        message: result.error.message,
      });
      setFailure(found);
      if (found.kind === "rate-limited") setRetryAt(Date.now() + found.retryAfterSeconds * 1000);
      if (found.kind === "credentials") {
        // Keep the email; select the password so that it can be typed again at once.
        requestAnimationFrame(() => passwordRef.current?.select());
      }
      return;
    }
    setRedirecting(true);
    notify.success(`Signed in as ${result.data.user.name}`);
    // Everything cached so far was fetched as an anonymous reader.
    await queryClient.invalidateQueries();
    router.replace(next);
    router.refresh();
  };

  const change = (field: FieldName) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.target.value };
    setValues(next);
    if (submitted) void checkSignIn(next).then((checked) => setErrors(checked.errors));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setSubmitting(true);
    try {
      const checked = await checkSignIn(values);
      setErrors(checked.errors);
      if (!checked.input) {
        const first = fieldNames.find((field) => checked.errors[field]);
        (first === "email" ? emailRef : passwordRef).current?.focus();
        return;
      }
      await onValid(checked.input);
    } finally {
      setSubmitting(false);
    }
  };

  const rateLimited = retryAt !== null;
  const pending = submitting || redirecting;

  return (
    <form noValidate aria-label="Sign in" className="flex flex-col gap-5" onSubmit={(event) => void onSubmit(event)}>
      {failure ? (
        <Alert role="alert">{describeSignInFailure(failure, rateLimited ? secondsLeft : undefined)}</Alert>
      ) : null}
      <Field id="email" label="Email" error={errors.email}>
        <Input
          {...fieldAria("email", { error: errors.email })}
          ref={emailRef}
          name="email"
          value={values.email}
          onChange={change("email")}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          placeholder="name@example.org"
        />
      </Field>
      <Field id="password" label="Password" error={errors.password}>
        <Input
          {...fieldAria("password", { error: errors.password })}
          ref={passwordRef}
          name="password"
          value={values.password}
          onChange={change("password")}
          type="password"
          autoComplete="current-password"
        />
      </Field>
      <Button
        type="submit"
        size="lg"
        className="w-full"
        disabled={pending || rateLimited}
        aria-disabled={pending || rateLimited}
      >
        {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <LogIn aria-hidden />}
        {redirecting ? "Signed in, loading…" : submitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
