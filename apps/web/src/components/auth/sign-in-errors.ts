/** What went wrong with a sign-in attempt, as the auth endpoint answered it. */
export type SignInFailure =
  | { kind: "credentials" }
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "origin" }
  | { kind: "unreachable" }
  | { kind: "other"; message: string };

/** Reads the auth endpoint's answer: status, the X-Retry-After header of a 429, its error code and message. */
export function readSignInFailure(
  status: number,
  retryAfter: string | null,
  { code, message }: { code?: string | null; message?: string | null } = {},
): SignInFailure {
  if (status === 401) return { kind: "credentials" };
  if (status === 429) {
    const seconds = Number(retryAfter);
    return {
      kind: "rate-limited",
      retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60,
    };
  }
  if (code === "INVALID_ORIGIN" || status === 403) return { kind: "origin" };
  if (status === 0) return { kind: "unreachable" };
  return { kind: "other", message: message?.trim() || `The server answered ${status}.` };
}

/** The sentence shown above the form. `secondsLeft` counts down a rate limit. */
export function describeSignInFailure(failure: SignInFailure, secondsLeft?: number): string {
  switch (failure.kind) {
    case "credentials":
      return "Wrong email or password.";
    case "rate-limited": {
      const seconds = Math.max(1, secondsLeft ?? failure.retryAfterSeconds);
      return `Too many attempts, try again in ${seconds} s.`;
    }
    case "origin":
      return "The server refused this sign-in because the page's address is not the one Hindsight is configured for (HINDSIGHT_BASE_URL).";
    case "unreachable":
      return "The server could not be reached. Check your connection and try again.";
    case "other":
      return `Sign-in failed. ${failure.message}`;
  }
}
