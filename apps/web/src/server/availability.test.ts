import { describe, expect, it, vi } from "vitest";
import { databaseRetryAfter, noteDatabaseUnavailable } from "./availability";

describe("availability", () => {
  const start = 1_800_000_000_000;

  it("serves pages until a request finds the database unreachable", () => {
    expect(databaseRetryAfter(start)).toBe(0);
  });

  it("then tells pages to retry for the API's interval, counting down, and serves again after it", () => {
    noteDatabaseUnavailable(5, start);
    expect(databaseRetryAfter(start)).toBe(5);
    expect(databaseRetryAfter(start + 1)).toBe(5);
    expect(databaseRetryAfter(start + 4_000)).toBe(1);
    expect(databaseRetryAfter(start + 4_999)).toBe(1);
    expect(databaseRetryAfter(start + 5_000)).toBe(0);
    expect(databaseRetryAfter(start + 60_000)).toBe(0);
  });

  it("starts a new interval with each failure, never shortening one under way", () => {
    noteDatabaseUnavailable(5, start + 100_000);
    noteDatabaseUnavailable(5, start + 103_000);
    expect(databaseRetryAfter(start + 107_500)).toBe(1);
    expect(databaseRetryAfter(start + 108_000)).toBe(0);
    // A failure noted with an earlier clock (a slow request finishing late) does not cut it short.
    noteDatabaseUnavailable(5, start + 200_000);
    noteDatabaseUnavailable(5, start + 196_000);
    expect(databaseRetryAfter(start + 204_000)).toBe(1);
  });

  it("is one state for the whole process, whichever copy of the module notes or reads it", async () => {
    // Next bundles instrumentation.ts (which notes) apart from the proxy (which reads): two copies.
    vi.resetModules();
    const other = await import("./availability");
    expect(other.noteDatabaseUnavailable).not.toBe(noteDatabaseUnavailable);
    other.noteDatabaseUnavailable(5, start + 300_000);
    expect(databaseRetryAfter(start + 300_000)).toBe(5);
    noteDatabaseUnavailable(5, start + 400_000);
    expect(other.databaseRetryAfter(start + 402_500)).toBe(3);
  });
});
