import type { ReactNode } from "react";

/**
 * A list's or table's place when it has nothing to show: an icon, what is (not) there, why, and
 * the way on (usually a link styled as a button).
 */
export function EmptyState({
  icon,
  title,
  children,
  action,
  testId,
}: {
  /** Decorative (aria-hidden), size-10. */
  icon: ReactNode;
  title: ReactNode;
  children: ReactNode;
  action: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className="flex flex-col items-center gap-3 rounded-xl border border-dashed bg-card px-6 py-16 text-center"
      data-testid={testId}
    >
      {icon}
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="max-w-sm text-sm text-muted-foreground">{children}</p>
      {action}
    </div>
  );
}
