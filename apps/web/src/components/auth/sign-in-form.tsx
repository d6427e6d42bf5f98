"use client";

import type { SignInInput } from "@hindsight/domain";
import { useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, LogIn } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { authClient } from "@/lib/auth-client";
import { lazyZodResolver } from "@/lib/lazy-zod-resolver";
import { describeSignInFailure, readSignInFailure, type SignInFailure } from "./sign-in-errors";
import { notify } from "@/lib/notify";

type SignInValues = { email: string; password: string };

/** Email and password sign-in. Wrong credentials and rate limits are explained above the fields. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const passwordRef = useRef<HTMLInputElement | null>(null);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [redirecting, setRedirecting] = useState(false);

  const form = useForm<SignInValues, unknown, SignInInput>({
    resolver: lazyZodResolver(() => import("@hindsight/domain/schemas").then((schemas) => schemas.signInInput)),
    defaultValues: { email: "", password: "" },
  });
  const { register, formState } = form;
  const errors = formState.errors;

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

  const rateLimited = retryAt !== null;
  const pending = formState.isSubmitting || redirecting;
  const passwordField = register("password");

  return (
    <form
      noValidate
      aria-label="Sign in"
      className="flex flex-col gap-5"
      onSubmit={(event) => void form.handleSubmit(onValid)(event)}
    >
      {failure ? (
        <Alert role="alert">{describeSignInFailure(failure, rateLimited ? secondsLeft : undefined)}</Alert>
      ) : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input
          {...fieldAria("email", { error: errors.email?.message })}
          {...register("email")}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          placeholder="name@example.org"
        />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <Input
          {...fieldAria("password", { error: errors.password?.message })}
          {...passwordField}
          ref={(element) => {
            passwordField.ref(element);
            passwordRef.current = element;
          }}
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
        {redirecting ? "Signed in, loading…" : formState.isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
