"use client";

import { Check, Copy } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { bibtexCitation, plainCitation, type CitablePrediction } from "@/lib/citation";

function CitationBlock({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <span id={id} className="text-sm font-medium">
          {label}
        </span>
        <Button variant="outline" size="sm" onClick={() => void copy()} aria-describedby={id}>
          {copied === "yes" ? <Check aria-hidden /> : <Copy aria-hidden />} Copy {label.toLowerCase()}
        </Button>
      </div>
      <pre
        aria-labelledby={id}
        tabIndex={0}
        className="overflow-x-auto rounded-md border bg-muted px-3 py-2 font-mono text-xs whitespace-pre-wrap"
      >
        {text}
      </pre>
      <p role="status" className="text-xs text-muted-foreground">
        {copied === "yes"
          ? `${label} copied.`
          : copied === "failed"
            ? "Could not copy: select the text and copy it."
            : ""}
      </p>
    </div>
  );
}

/**
 * The two citations of a prediction, each with a copy button: in a module of its own, loaded when
 * Cite is pressed (or when the browser is idle before that), not with the page (cite-button.tsx).
 */
export function CitationPanel({ citable }: { citable: CitablePrediction }) {
  return (
    <>
      <CitationBlock label="Plain text" text={plainCitation(citable)} />
      <CitationBlock label="BibTeX" text={bibtexCitation(citable)} />
    </>
  );
}
