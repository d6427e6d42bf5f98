import { describe, expect, it } from "vitest";
import { DomainError } from "@hindsight/domain";
import { databaseUnavailable, toDomainError } from "./errors";

// Shapes of errors as Prisma 7 with the pg driver adapter raises them.
const adapterError = (originalCode: string) => ({
  name: "PrismaClientKnownRequestError",
  code: "P2039",
  meta: { driverAdapterError: { cause: { originalCode, kind: "postgres" } } },
});

describe("toDomainError", () => {
  it.each([
    [adapterError("23514"), "INVALID"],
    [adapterError("23505"), "CONFLICT"],
    [adapterError("23503"), "INVALID"],
    [{ code: "P2002" }, "CONFLICT"],
    [{ code: "P2025" }, "NOT_FOUND"],
    // A NUL character in text, a date beyond PostgreSQL's range: bad input, not a server failure.
    [adapterError("22021"), "INVALID"],
    [adapterError("22008"), "INVALID"],
    [adapterError("22003"), "INVALID"],
    [adapterError("22009"), "INVALID"],
  ])("maps %j to %s", (error, code) => {
    const mapped = toDomainError(error);
    expect(mapped).toBeInstanceOf(DomainError);
    expect((mapped as DomainError).code).toBe(code);
  });

  it("leaves unknown failures alone", () => {
    const error = new Error("connection reset");
    expect(toDomainError(error)).toBe(error);
    expect(toDomainError(adapterError("42P01"))).toEqual(adapterError("42P01"));
  });
});

// Shapes seen with Prisma 7, the pg adapter and pg 8 against a stopped or restarting PostgreSQL.
const unreachable = {
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  message: "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
};
const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });

describe("databaseUnavailable", () => {
  it.each([
    ["the adapter's DatabaseNotReachable (server down)", unreachable],
    ["Prisma's P1001 (transaction start, server down)", { code: "P1001", message: "Can't reach database server" }],
    ["Prisma's P1017 (server closed the connection)", { code: "P1017" }],
    ["Prisma's P2024 (no pooled connection in time)", { code: "P2024" }],
    ["57P01 admin shutdown (server stopped mid-query)", adapterError("57P01")],
    ["57P03 cannot connect now (server starting up)", adapterError("57P03")],
    ["08006 connection failure", adapterError("08006")],
    ["08001 unable to connect", { code: "08001" }],
    ["53300 too many connections", adapterError("53300")],
    ["ECONNREFUSED from pg", socketError("ECONNREFUSED")],
    ["ECONNRESET wrapped as a cause", new Error("query failed", { cause: socketError("ECONNRESET") })],
    ["ECONNREFUSED inside an AggregateError", new AggregateError([socketError("ECONNREFUSED")], "connect failed")],
    ["pg's plain 'Connection terminated unexpectedly'", new Error("Connection terminated unexpectedly")],
    ["pg-pool's connection timeout", new Error("timeout exceeded when trying to connect")],
    ["the adapter's ConnectionClosed", { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }],
  ])("says UNAVAILABLE for %s, in its own words", (_label, error) => {
    const mapped = databaseUnavailable(error);
    expect(mapped).toBeInstanceOf(DomainError);
    expect(mapped?.code).toBe("UNAVAILABLE");
    expect(mapped?.message).toBe("The database is not reachable right now; try again in 5 seconds");
    expect(toDomainError(error)).toEqual(mapped);
  });

  it("says UNAVAILABLE for a statement cancelled by the statement timeout (57014)", () => {
    expect(databaseUnavailable(adapterError("57014"))?.message).toBe(
      "The database took too long to answer; try again in 5 seconds",
    );
  });

  it.each([
    ["a unique violation", adapterError("23505")],
    ["a missing table", adapterError("42P01")],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("is null for %s", (_label, error) => {
    expect(databaseUnavailable(error)).toBeNull();
  });

  it("does not loop on an error that is its own cause", () => {
    const error = new Error("boom") as Error & { cause?: unknown };
    error.cause = error;
    expect(databaseUnavailable(error)).toBeNull();
  });
});
