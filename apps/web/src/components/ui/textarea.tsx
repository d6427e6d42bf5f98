"use client";

import type { ComponentProps } from "react";
import { textLimitFor } from "@/lib/text-limits";
import { cn } from "@/lib/utils";
import { CharacterCount, describedByWithCount, useCharacterCount } from "./character-count";
import { inputClassName } from "./input-class";

export interface TextareaProps extends ComponentProps<"textarea"> {
  /**
   * The most characters the field takes, shown as a count under it ("812 / 1000"). By default the
   * limit of the field's name (claim, quote, criteria, note, title...: lib/text-limits.ts), so every
   * long field registered by name gets its count; `false` for none.
   */
  limit?: number | false;
}

export function Textarea({ className, rows = 3, limit, ref, onChange, ...props }: TextareaProps) {
  const max = limit === false ? undefined : (limit ?? textLimitFor(props.name));
  const counted = useCharacterCount(ref, onChange);
  const textarea = (
    <textarea
      rows={rows}
      className={cn(inputClassName, "h-auto min-h-16 py-2 leading-relaxed", className)}
      {...props}
      ref={counted.ref}
      onChange={counted.onChange}
      aria-describedby={max ? describedByWithCount(props["aria-describedby"], props.id) : props["aria-describedby"]}
    />
  );
  if (!max || !props.id) return textarea;
  return (
    <div className="flex flex-col gap-1">
      {textarea}
      <CharacterCount id={props.id} count={counted.count} limit={max} />
    </div>
  );
}
