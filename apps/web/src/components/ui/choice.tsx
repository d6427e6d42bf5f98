import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * A radio button or checkbox with its label (and an optional description) as one clickable card.
 * Native inputs: arrow keys move between the radios of a group, Space ticks a checkbox.
 */
export function Choice({
  label,
  description,
  className,
  type = "radio",
  ...props
}: Omit<ComponentProps<"input">, "type"> & { type?: "radio" | "checkbox"; label: ReactNode; description?: ReactNode }) {
  return (
    <label
      className={cn(
        "flex cursor-pointer items-start gap-2.5 rounded-md border border-input bg-card px-3 py-2.5 text-sm transition-colors hover:bg-accent/50 has-checked:border-primary has-checked:bg-accent/60 has-disabled:cursor-not-allowed has-disabled:opacity-60 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring",
        className,
      )}
    >
      <input type={type} className="mt-0.5 size-4 shrink-0 accent-primary focus-visible:outline-none" {...props} />
      <span className="flex flex-col gap-0.5">
        <span className="leading-tight font-medium">{label}</span>
        {description ? <span className="text-xs text-muted-foreground">{description}</span> : null}
      </span>
    </label>
  );
}
