import { useEffect } from "react";

/** What scheduling a preload needs of the browser's window (a stand-in in tests). */
export interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout: (callback: () => void, milliseconds: number) => number;
  clearTimeout: (handle: number) => void;
}

/** The longest a preload waits for the browser to go idle before it is started anyway. */
export const IDLE_TIMEOUT_MS = 3_000;
/** Where the browser has no requestIdleCallback (Safari): a short delay after the page instead. */
export const FALLBACK_DELAY_MS = 500;

/**
 * Calls `load` once the browser is idle (or after FALLBACK_DELAY_MS where it cannot say), ignoring
 * a failure; returns what cancels it (a form drawn, or the page left, before it ran).
 */
export function schedulePreload(load: () => Promise<unknown>, scheduler: IdleScheduler): () => void {
  const preload = () => void load().catch(() => undefined);
  const { requestIdleCallback, cancelIdleCallback } = scheduler;
  if (typeof requestIdleCallback === "function" && typeof cancelIdleCallback === "function") {
    const handle = requestIdleCallback(preload, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = scheduler.setTimeout(preload, FALLBACK_DELAY_MS);
  return () => scheduler.clearTimeout(timer);
}

/**
 * Fetches a lazily loaded form's code once the browser is idle after the page, so that a form
 * behind a button (Edit, Link, Add) is usually there by the time it is opened: its placeholder
 * shows only for a click faster than the fetch. A failed fetch is tried again when the form is
 * drawn (next/dynamic imports it then).
 */
export function usePreloadWhenIdle(load: () => Promise<unknown>): void {
  useEffect(() => schedulePreload(load, window), [load]);
}
