import { useEffect } from "react";

/**
 * Fetches a lazily loaded form's code once the browser is idle after the page, so that a form
 * behind a button (Edit, Link, Add) is usually there by the time it is opened: its placeholder
 * shows only for a click faster than the fetch. A failed fetch is tried again when the form is
 * drawn (next/dynamic imports it then).
 */
export function usePreloadWhenIdle(load: () => Promise<unknown>): void {
  useEffect(() => {
    const preload = () => void load().catch(() => undefined);
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(preload, 500);
    return () => window.clearTimeout(timer);
  }, [load]);
}
