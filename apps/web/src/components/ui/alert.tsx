import { cva, type VariantProps } from "class-variance-authority";
import { CircleExclamationPoint, Info, TriangleExclamationPoint, type LucideIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export const alertVariants = cva("flex items-start gap-2.5 rounded-lg border px-4 py-3 text-sm", {
  variants: {
    variant: {
      destructive: "border-destructive/30 bg-destructive/5 text-destructive",
      warning: "border-warning/40 bg-warning/10 text-foreground",
      info: "border-border bg-muted/60 text-foreground",
    },
  },
  defaultVariants: { variant: "destructive" },
});

const icons: Record<NonNullable<VariantProps<typeof alertVariants>["variant"]>, LucideIcon> = {
  destructive: CircleExclamationPoint,
  warning: TriangleExclamationPoint,
  info: Info,
};

export type AlertProps = ComponentProps<"div"> & VariantProps<typeof alertVariants>;

/** A message box with an icon (colour is never the only signal). Pass role="alert" for errors that arrive later. */
export function Alert({ className, variant, children, ...props }: AlertProps) {
  const Icon = icons[variant ?? "destructive"];
  return (
    <div className={cn(alertVariants({ variant }), className)} {...props}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="flex min-w-0 flex-1 flex-col gap-2">{children}</div>
    </div>
  );
}
