/**
 * Toasts for code that every page loads (the header): sonner is imported when a toast is raised,
 * so it stays out of the first load. Pages with forms import `toast` from sonner directly.
 */
export const notify = {
  success(message: string): void {
    void import("sonner").then(({ toast }) => toast.success(message));
  },
  error(message: string, description?: string): void {
    void import("sonner").then(({ toast }) => toast.error(message, { description }));
  },
};
