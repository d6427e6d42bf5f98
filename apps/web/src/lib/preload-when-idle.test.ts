import { describe, expect, it, vi } from "vitest";
import { FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS, schedulePreload, type IdleScheduler } from "./preload-when-idle";

/** A browser stand-in that records what was scheduled and runs it when told. */
function fakeBrowser(withIdleCallback: boolean) {
  const pending = new Map<number, () => void>();
  const calls: string[] = [];
  let next = 1;
  const schedule = (kind: string, callback: () => void, detail: number) => {
    const handle = next++;
    pending.set(handle, callback);
    calls.push(`${kind} ${detail}`);
    return handle;
  };
  const scheduler: IdleScheduler = {
    setTimeout: (callback, milliseconds) => schedule("timeout", callback, milliseconds),
    clearTimeout: (handle) => void (pending.delete(handle) && calls.push(`clear ${handle}`)),
    ...(withIdleCallback
      ? {
          requestIdleCallback: (callback: () => void, options?: { timeout: number }) =>
            schedule("idle", callback, options?.timeout ?? -1),
          cancelIdleCallback: (handle: number) => void (pending.delete(handle) && calls.push(`cancel ${handle}`)),
        }
      : {}),
  };
  const runAll = () => {
    for (const [handle, callback] of [...pending]) {
      pending.delete(handle);
      callback();
    }
  };
  return { scheduler, calls, runAll };
}

describe("schedulePreload", () => {
  it("loads when the browser goes idle, waiting at most IDLE_TIMEOUT_MS, and not before", () => {
    const browser = fakeBrowser(true);
    const load = vi.fn(() => Promise.resolve("module"));
    schedulePreload(load, browser.scheduler);
    expect(browser.calls).toEqual([`idle ${IDLE_TIMEOUT_MS}`]);
    expect(load).not.toHaveBeenCalled();
    browser.runAll();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("falls back to a short delay where the browser has no requestIdleCallback", () => {
    const browser = fakeBrowser(false);
    const load = vi.fn(() => Promise.resolve("module"));
    schedulePreload(load, browser.scheduler);
    expect(browser.calls).toEqual([`timeout ${FALLBACK_DELAY_MS}`]);
    browser.runAll();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([true, false])("never loads once cancelled (idle callback available: %s)", (withIdleCallback) => {
    const browser = fakeBrowser(withIdleCallback);
    const load = vi.fn(() => Promise.resolve("module"));
    const cancel = schedulePreload(load, browser.scheduler);
    cancel();
    expect(browser.calls[1]).toBe(withIdleCallback ? "cancel 1" : "clear 1");
    browser.runAll();
    expect(load).not.toHaveBeenCalled();
  });

  it("swallows a failed fetch: the form's own import tries again when it is drawn", async () => {
    const browser = fakeBrowser(true);
    const failure = Promise.reject(new Error("offline"));
    const load = vi.fn(() => failure);
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      schedulePreload(load, browser.scheduler);
      browser.runAll();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(load).toHaveBeenCalledTimes(1);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
