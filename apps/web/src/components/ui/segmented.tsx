import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: ReactNode;
}

/**
 * A choice between a few ways of entering something ("A date" / "In words"), as a row of native
 * radio buttons styled as one control: Tab reaches the chosen one, the arrow keys switch.
 */
export function Segmented<Value extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  className,
}: {
  name: string;
  legend: string;
  value: Value;
  options: readonly SegmentedOption<Value>[];
  onChange: (value: Value) => void;
  className?: string;
}) {
  return (
    <fieldset className={cn("inline-flex w-fit rounded-md border border-input bg-muted/60 p-0.5", className)}>
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="cursor-pointer rounded-[calc(var(--radius)-4px)] px-2.5 py-1 text-xs font-medium text-muted-foreground transition-colors select-none hover:text-foreground has-checked:bg-card has-checked:text-foreground has-checked:shadow-xs has-focus-visible:outline-2 has-focus-visible:outline-ring"
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="sr-only"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
