"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { inputClassName } from "./input-class";
import { CharacterCount, describedByWithCount, useCharacterCount } from "./character-count";

export interface InputProps extends ComponentProps<"input"> {
  /** For a one-line field that takes long text (a condition, a part): its limit, shown as a count under it. */
  limit?: number;
}

export function Input({ className, type = "text", limit, ref, onChange, ...props }: InputProps) {
  const counted = useCharacterCount(ref, onChange);
  const input = (
    <input
      type={type}
      className={cn(inputClassName, className)}
      {...props}
      ref={counted.ref}
      onChange={counted.onChange}
      aria-describedby={limit ? describedByWithCount(props["aria-describedby"], props.id) : props["aria-describedby"]}
    />
  );
  if (!limit || !props.id) return input;
  return (
    <div className="flex flex-col gap-1">
      {input}
      <CharacterCount id={props.id} count={counted.count} limit={limit} />
    </div>
  );
}
