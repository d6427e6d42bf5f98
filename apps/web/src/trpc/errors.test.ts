import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { showFormWriteError } from "./errors";

/** An error as the API's formatter sends it, with field errors keyed by dotted path. */
const refused = (message: string, fieldErrors?: Record<string, string>) =>
  TRPCClientError.from({
    error: {
      message,
      code: -32600,
      data: { code: "BAD_REQUEST", httpStatus: 400, ...(fieldErrors ? { fieldErrors } : {}) },
    },
  });

/** A form that records what it was told. */
function recordingForm() {
  const marked: [string, string, boolean][] = [];
  const alerts: (string | null)[] = [];
  return {
    marked,
    alerts,
    target: {
      fieldPaths: ["name", "role", "source"] as const,
      setError: (path: string, error: { message: string }, options: { shouldFocus: boolean }) => {
        marked.push([path, error.message, options.shouldFocus]);
      },
      setFormError: (message: string | null) => {
        alerts.push(message);
      },
      failed: "The key was not created.",
    },
  };
}

describe("showFormWriteError", () => {
  it("puts each field error on its field, a nested one on its nearest field, and clears the alert", () => {
    const form = recordingForm();
    showFormWriteError(refused("Invalid input", { name: "Give it a name", "source.url": "Not a URL" }), form.target);
    expect(form.marked).toEqual([
      ["name", "Give it a name", true],
      ["source", "Not a URL", true],
    ]);
    expect(form.alerts).toEqual([null]);
  });

  it("shows the field errors the form has no field for in the alert", () => {
    const form = recordingForm();
    showFormWriteError(
      refused("Invalid input", { role: "Not a role", owner: "Unknown owner", x: "Bad x" }),
      form.target,
    );
    expect(form.marked).toEqual([["role", "Not a role", true]]);
    expect(form.alerts).toEqual(["Unknown owner Bad x"]);
  });

  it("says what failed and the server's reason when no field is to blame", () => {
    const form = recordingForm();
    showFormWriteError(refused("You need the admin role"), form.target);
    expect(form.marked).toEqual([]);
    expect(form.alerts).toEqual(["The key was not created. You need the admin role"]);
  });

  it("says the server could not be reached when the request never got an answer", () => {
    const form = recordingForm();
    showFormWriteError(TRPCClientError.from(new TypeError("fetch failed")), form.target);
    expect(form.alerts).toEqual([
      "The key was not created. The server could not be reached. Check your connection and try again.",
    ]);
  });
});
