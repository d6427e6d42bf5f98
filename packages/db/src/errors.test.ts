import { describe, expect, it } from "vitest";
import { DomainError } from "@hindsight/domain";
import { toDomainError } from "./errors";

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
  ])("maps %j to %s", (error, code) => {
    const mapped = toDomainError(error);
    expect(mapped).toBeInstanceOf(DomainError);
    expect((mapped as DomainError).code).toBe(code);
  });

  it("leaves unknown failures alone", () => {
    const error = new Error("connection reset");
    expect(toDomainError(error)).toBe(error);
    expect(toDomainError(adapterError("57P01"))).toEqual(adapterError("57P01"));
  });
});
