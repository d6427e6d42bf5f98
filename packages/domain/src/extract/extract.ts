import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { readHedge } from "../hedges/lexicon";
import type { ExtractedCandidate, ExtractOptions, ExtractionResult } from "./types";

const nlp = winkNLP(model);
const its = nlp.its;

/** First cut: every declarative sentence with a hedge the lexicon knows. Refined in the next commits. */
export function extractPredictions(input: string, options: ExtractOptions = {}): ExtractionResult {
  const doc = nlp.readDoc(input);
  const candidates: ExtractedCandidate[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const raw = sentence.out();
    const start = input.indexOf(raw, cursor);
    if (start < 0) return;
    cursor = start + raw.length;
    if (raw.trim().endsWith("?")) return;
    const hedge = readHedge(raw);
    if (!hedge) return;
    candidates.push({
      quote: raw,
      start,
      end: start + raw.length,
      speaker: options.authors?.join("; ") ?? null,
      speakerBasis: options.authors?.length ? "given" : "none",
      hedge: hedge.phrase,
      probability: hedge.probability,
      interval: hedge.interval,
      negated: hedge.negated,
      conditional: false,
      condition: null,
      deadline: null,
      confidence: 0.5,
      occurrences: 1,
    });
  });
  void its;
  return { text: input, format: "text", authors: [...(options.authors ?? [])], candidates };
}
