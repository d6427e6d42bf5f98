import { describe, expect, it, vi } from "vitest";
import {
  ANSWER_FRESH_MS,
  checkedRetryAfter,
  databaseRetryAfter,
  noteDatabaseConnectionLost,
  noteDatabaseUnavailable,
} from "./availability";

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

describe("checkedRetryAfter: the proxy's check before a page", () => {
  it("asks the database when its last answer is older than a second, and serves without asking meanwhile", async () => {
    let clock = 1_900_000_000_000;
    const now = () => clock;
    const probe = vi.fn(async () => true);
    expect(await checkedRetryAfter(probe, 5, now)).toBe(0);
    expect(probe).toHaveBeenCalledTimes(1);
    clock += ANSWER_FRESH_MS - 1;
    expect(await checkedRetryAfter(probe, 5, now)).toBe(0);
    expect(probe).toHaveBeenCalledTimes(1);
    clock += 1;
    expect(await checkedRetryAfter(probe, 5, now)).toBe(0);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("answers the very request that finds the database gone with the retry interval, and asks again once it is over", async () => {
    let clock = 1_910_000_000_000;
    const now = () => clock;
    const probe = vi.fn(async () => false);
    expect(await checkedRetryAfter(probe, 5, now)).toBe(5);
    clock += 2_000;
    expect(await checkedRetryAfter(probe, 5, now)).toBe(3);
    expect(probe).toHaveBeenCalledTimes(1);
    clock += 3_000;
    probe.mockResolvedValue(true);
    expect(await checkedRetryAfter(probe, 5, now)).toBe(0);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("asks again at once when its connection was cut, and shares one check among requests arriving together", async () => {
    let clock = 1_920_000_000_000;
    const now = () => clock;
    let answer: (value: boolean) => void = () => undefined;
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const first = checkedRetryAfter(probe, 5, now);
    answer(true);
    expect(await first).toBe(0);
    clock += 10;
    noteDatabaseConnectionLost();
    const together = [checkedRetryAfter(probe, 5, now), checkedRetryAfter(probe, 5, now)];
    await Promise.resolve();
    answer(false);
    expect(await Promise.all(together)).toEqual([5, 5]);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("counts a probe that throws as no answer", async () => {
    const probe = vi.fn(async () => {
      throw new Error("socket hang up");
    });
    expect(await checkedRetryAfter(probe, 5, () => 1_930_000_000_000)).toBe(5);
  });
});
