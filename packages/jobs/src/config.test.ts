import { describe, expect, it } from "vitest";
import { DEFAULT_WEBHOOK_RETRY, retryWindowSeconds } from "./config";

describe("the webhook retry schedule", () => {
  it("keeps retrying for up to 24 hours, and not much less", () => {
    const { min, max } = retryWindowSeconds(DEFAULT_WEBHOOK_RETRY);
    expect(max).toBeLessThanOrEqual(24 * 3600);
    expect(min).toBeGreaterThan(20 * 3600);
    expect(DEFAULT_WEBHOOK_RETRY.limit + 1).toBe(17);
  });
});

describe("retryWindowSeconds", () => {
  it("sums pg-boss's backoff: 1 s doubling, three retries", () => {
    expect(retryWindowSeconds({ limit: 3, delaySeconds: 1, maxDelaySeconds: 100 })).toEqual({
      min: 1 + 2 + 4,
      max: 2 + 4 + 8,
    });
  });
  it("caps each wait", () => {
    expect(retryWindowSeconds({ limit: 3, delaySeconds: 10, maxDelaySeconds: 30 })).toEqual({
      min: 10 + 20 + 30,
      max: 20 + 30 + 30,
    });
  });
});
