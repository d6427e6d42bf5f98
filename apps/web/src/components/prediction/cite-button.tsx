"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { Quote } from "lucide-react";
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { CitablePrediction } from "@/lib/citation";
import { usePreloadWhenIdle } from "@/lib/preload-when-idle";
import type { CitationPanel } from "./citation-panel";

/** The panel once fetched: drawn at once when Cite is pressed after the idle fetch. */
let LoadedCitationPanel: typeof CitationPanel | undefined;
const loadCitationPanel = () =>
  import("./citation-panel").then((module) => {
    LoadedCitationPanel = module.CitationPanel;
    return module;
  });
// The citations' formatting and copy buttons: fetched when the browser is idle after the page, drawn
// when Cite is pressed (a short "Loading…" covers a click before that fetch has ended).
const LazyCitationPanel = dynamic(() => import("./citation-panel").then((module) => module.CitationPanel), {
  ssr: false,
  loading: () => (
    <p role="status" className="text-sm text-muted-foreground">
      Loading the citations…
    </p>
  ),
});

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

/**
 * "Cite": opens a plain-text and a BibTeX-style citation of the prediction with its permalink and
 * the day accessed, each with a copy button.
 */
export function CiteButton({ prediction }: { prediction: PredictionDetail }) {
  usePreloadWhenIdle(loadCitationPanel);
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
          {LoadedCitationPanel ? <LoadedCitationPanel citable={citable} /> : <LazyCitationPanel citable={citable} />}
        </section>
      ) : null}
    </div>
  );
}
