import type { ExternalToast } from "sonner";

/**
 * Toasts, for every page: sonner (about 10 kB gzipped) is imported when a toast is raised, so it
 * stays out of every page's first load. The toaster itself mounts after the page is interactive
 * (components/toaster.tsx); toasts raised before it arrives wait in sonner's queue.
 */
export const notify = {
  success(message: string, options?: ExternalToast): void {
    void import("sonner").then(({ toast }) => toast.success(message, options));
  },
  error(message: string, options?: ExternalToast): void {
    void import("sonner").then(({ toast }) => toast.error(message, options));
  },
};
