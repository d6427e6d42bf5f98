"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { Check, Copy, Quote } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { bibtexCitation, plainCitation, type CitablePrediction } from "@/lib/citation";

/** The prediction as a citation, made when the reader asks (so "accessed" is their today). */
function citableOf(prediction: PredictionDetail): CitablePrediction {
  return {
    id: prediction.id,
    claim: prediction.claim,
    analystName: prediction.analyst.name,
    madeAt: prediction.madeAt,
    source: prediction.source,
    permalink: `${window.location.origin}/predictions/${encodeURIComponent(prediction.id)}`,
    accessed: new Date(),
  };
}

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
 * "Cite": opens a plain-text and a BibTeX-style citation of the prediction with its permalink and
 * the day accessed, each with a copy button.
 */
export function CiteButton({ prediction }: { prediction: PredictionDetail }) {
  const [citable, setCitable] = useState<CitablePrediction | null>(null);
  const panelId = useId();
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <div>
        <Button
          variant="outline"
          size="sm"
          aria-expanded={citable !== null}
          aria-controls={panelId}
          onClick={() => setCitable(citable ? null : citableOf(prediction))}
        >
          <Quote aria-hidden /> Cite
        </Button>
      </div>
      {citable ? (
        <section
          id={panelId}
          aria-label="Cite this prediction"
          className="flex flex-col gap-4 rounded-xl border bg-card p-4"
        >
          <CitationBlock label="Plain text" text={plainCitation(citable)} />
          <CitationBlock label="BibTeX" text={bibtexCitation(citable)} />
        </section>
      ) : null}
    </div>
  );
}
