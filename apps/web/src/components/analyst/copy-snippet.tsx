"use client";

import { Check, Copy } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Snippet } from "@/lib/share/snippets";

/**
 * A snippet to paste elsewhere: the text, read-only and selected on focus, and a Copy button (a
 * real button, so Enter and Space press it) whose result is announced. When the clipboard is not
 * available the text is selected, to be copied with the keyboard.
 */
export function CopySnippet({ snippet }: { snippet: Snippet }) {
  const [status, setStatus] = useState<"idle" | "copied" | "selected">("idle");
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = `snippet-${snippet.id}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.text);
      setStatus("copied");
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus("selected");
    }
  };

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {snippet.label}
      </label>
      <textarea
        ref={field}
        id={fieldId}
        readOnly
        rows={snippet.text.length > 120 ? 3 : 2}
        value={snippet.text}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full resize-none rounded-md border border-input bg-muted/40 px-3 py-2 font-mono text-xs break-all"
        data-testid={fieldId}
      />
      <div className="flex items-center gap-3">
        <Button variant="outline" size="sm" onClick={() => void copy()} aria-describedby={`${fieldId}-status`}>
          {status === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
          {snippet.copy}
        </Button>
        <span id={`${fieldId}-status`} role="status" className="text-xs text-muted-foreground">
          {status === "copied"
            ? "Copied to the clipboard"
            : status === "selected"
              ? "Could not copy: the text is selected, press Ctrl+C (or ⌘C)"
              : ""}
        </span>
      </div>
    </div>
  );
}
