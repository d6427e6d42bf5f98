import { describe, expect, it } from "vitest";
import { describeSignInFailure, readSignInFailure } from "./sign-in-errors";

describe("sign-in failures", () => {
  it.each([
    [401, null, "Wrong email or password."],
    [429, "42", "Too many attempts, try again in 42 s."],
    [429, "0.2", "Too many attempts, try again in 1 s."],
    [429, null, "Too many attempts, try again in 60 s."],
    [429, "soon", "Too many attempts, try again in 60 s."],
    [0, null, "The server could not be reached. Check your connection and try again."],
    [500, null, "Sign-in failed. The server answered 500."],
  ])("describes status %i (retry after %j) as %j", (status, retryAfter, sentence) => {
    expect(describeSignInFailure(readSignInFailure(status, retryAfter))).toBe(sentence);
  });

  it("counts a rate limit down", () => {
    const failure = readSignInFailure(429, "30");
    expect(describeSignInFailure(failure, 12)).toBe("Too many attempts, try again in 12 s.");
    expect(describeSignInFailure(failure, 0)).toBe("Too many attempts, try again in 1 s.");
  });

  it("names the configuration for a refused origin", () => {
    expect(describeSignInFailure(readSignInFailure(403, null))).toContain("HINDSIGHT_BASE_URL");
    expect(describeSignInFailure(readSignInFailure(400, null, { code: "INVALID_ORIGIN" }))).toContain(
      "HINDSIGHT_BASE_URL",
    );
  });

  it("passes on the server's message for anything else", () => {
    expect(describeSignInFailure(readSignInFailure(400, null, { message: "Invalid email" }))).toBe(
      "Sign-in failed. Invalid email",
    );
  });
});
