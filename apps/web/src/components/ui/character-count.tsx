"use client";

import { CircleExclamationPoint } from "lucide-react";
import { useCallback, useLayoutEffect, useRef, useState, type ChangeEvent, type Ref } from "react";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { countAnnouncement, countLevel } from "@/lib/text-limits";
import { cn } from "@/lib/utils";

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** The id of a field's character count, for aria-describedby. */
export const countId = (id: string) => `${id}-count`;

/** Counted as the server counts: after trimming, in UTF-16 code units (JavaScript's length). */
const countOf = (value: string) => value.trim().length;

/**
 * How many characters a text control holds, kept up to date however its value changes: typing
 * (onChange), a controlled `value`, or a form library setting the element's value directly (a
 * reset, a value filled in from elsewhere), which the layout effect reads after each render.
 */
export function useCharacterCount<Element extends TextControl>(
  ref: Ref<Element> | undefined,
  onChange: ((event: ChangeEvent<Element>) => void) | undefined,
) {
  const elementRef = useRef<Element | null>(null);
  const [count, setCount] = useState(0);
  useLayoutEffect(() => {
    const element = elementRef.current;
    if (element && countOf(element.value) !== count) setCount(countOf(element.value));
  });
  const mergedRef = useCallback(
    (element: Element | null) => {
      elementRef.current = element;
      if (typeof ref === "function") return ref(element);
      if (ref) ref.current = element;
    },
    [ref],
  );
  const handleChange = (event: ChangeEvent<Element>) => {
    setCount(countOf(event.currentTarget.value));
    onChange?.(event);
  };
  return { count, ref: mergedRef, onChange: handleChange };
}

/**
 * "812 / 1000" under a long text field, so the limit is known before sending: in the warning
 * colour with how many are left in the last tenth, and past the limit in the error colour with an
 * icon and how many too many (colour is never the only sign). Screen readers hear it with the
 * field (aria-describedby) and, politely and once typing pauses, when it nears or passes the limit.
 */
export function CharacterCount({ id, count, limit }: { id: string; count: number; limit: number }) {
  const level = countLevel(count, limit);
  const announcement = useDebouncedValue(countAnnouncement(count, limit), 700);
  return (
    <div className="flex justify-end">
      <p
        id={countId(id)}
        data-count-level={level}
        className={cn(
          "flex items-center gap-1 text-xs text-muted-foreground tabular-nums",
          level === "near" && "font-medium text-warning",
          level === "over" && "font-medium text-destructive",
        )}
      >
        {level === "over" ? <CircleExclamationPoint aria-hidden className="size-3.5" /> : null}
        <span data-testid="character-count">
          {count} / {limit}
        </span>
        <span className="sr-only"> characters</span>
        {level === "near" ? <span>· {limit - count} left</span> : null}
        {level === "over" ? <span>· {count - limit} too many</span> : null}
      </p>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

/** aria-describedby with the count's id added (after the hint and the error, which come first). */
export function describedByWithCount(describedBy: string | undefined, id: string | undefined): string | undefined {
  if (!id) return describedBy;
  return [describedBy, countId(id)].filter(Boolean).join(" ");
}
