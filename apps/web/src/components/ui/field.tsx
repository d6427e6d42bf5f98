import { CircleExclamationPoint } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Label } from "./label";

/** Ids of a field's hint and error, for aria-describedby. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/**
 * The accessibility attributes of an input: invalid when it has an error, described by its hint and
 * its error so that a screen reader reads both.
 */
export function fieldAria(id: string, { hint, error }: { hint?: ReactNode; error?: string | undefined }) {
  const describedBy = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(" ");
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={errorId(id)} className="flex items-start gap-1.5 text-sm text-destructive" data-field-error>
      <CircleExclamationPoint aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  className?: string;
  /** Extra content on the label's line, such as a live value. */
  aside?: ReactNode;
  children: ReactNode;
}

/** A label, the control, a hint and the field's error, stacked. */
export function Field({ id, label, hint, error, optional, className, aside, children }: FieldProps) {
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>
          {label}
          {optional ? <span className="ml-1.5 text-xs font-normal text-muted-foreground">(optional)</span> : null}
        </Label>
        {aside}
      </div>
      {children}
      {hint ? (
        <p id={hintId(id)} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
    </div>
  );
}
