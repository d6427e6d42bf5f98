import { DomainError } from "@hindsight/domain";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { isUnavailable } from "./errors";

/** An error as another bundle's copy of a class makes it: same name and code, another class. */
function fromAnotherCopy(name: string, code: string): Error {
  const error = new Error("The database is not reachable right now; try again in 5 seconds");
  error.name = name;
  return Object.assign(error, { code });
}

describe("isUnavailable", () => {
  it("knows tRPC's and the domain's own unavailable errors", () => {
    expect(isUnavailable(new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "down" }))).toBe(true);
    expect(isUnavailable(new DomainError("UNAVAILABLE", "down"))).toBe(true);
    expect(isUnavailable(new TRPCError({ code: "NOT_FOUND", message: "no such prediction" }))).toBe(false);
    expect(isUnavailable(new DomainError("CONFLICT", "stale version"))).toBe(false);
  });

  it("knows them by name and code when another copy of the module made them", () => {
    expect(isUnavailable(fromAnotherCopy("TRPCError", "SERVICE_UNAVAILABLE"))).toBe(true);
    expect(isUnavailable(fromAnotherCopy("DomainError", "UNAVAILABLE"))).toBe(true);
    expect(isUnavailable(fromAnotherCopy("TRPCError", "INTERNAL_SERVER_ERROR"))).toBe(false);
    expect(isUnavailable(fromAnotherCopy("DomainError", "NOT_FOUND"))).toBe(false);
    // The same code on an error of another name says nothing.
    expect(isUnavailable(fromAnotherCopy("Error", "SERVICE_UNAVAILABLE"))).toBe(false);
  });

  it("goes by the code of a named error, never by words in its message (which may echo user input)", () => {
    const echoing = fromAnotherCopy("TRPCError", "NOT_FOUND");
    echoing.message = 'No analyst "Connection refused"';
    expect(isUnavailable(echoing)).toBe(false);
    const domain = new DomainError("NOT_FOUND", 'No analyst "server closed the connection"');
    expect(isUnavailable(domain)).toBe(false);
    expect(isUnavailable(new TRPCError({ code: "NOT_FOUND", message: "x", cause: domain }))).toBe(false);
  });

  it("knows a driver's connection failure, and nothing else", () => {
    expect(
      isUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isUnavailable("down")).toBe(false);
    expect(isUnavailable(null)).toBe(false);
  });
});
