import type { LedgerFile, LedgerResolution } from "./schema";

/**
 * The ledger as written to a file: plain JSON values in one fixed order, so that the same ledger
 * always gives the same bytes (an export can be diffed, checksummed and re-imported).
 */
export interface LedgerDocument {
  format: "hindsight/v1";
  analysts: { slug: string; name: string; affiliation?: string }[];
  sources: {
    key: string;
    title: string;
    outlet?: string;
    url?: string;
    archiveUrl?: string;
    publishedAt: string;
    authors?: string[];
    text?: string;
  }[];
  /** Contract v1.1; left out of the document when the ledger has none, as a v1 file has none. */
  questions?: {
    key: string;
    title: string;
    criteria?: string;
    resolveBy?: string;
    references?: { probability: number; source: string; asOf: string; url?: string }[];
    resolution?: LedgerDocumentResolution;
  }[];
  predictions: {
    key: string;
    analyst: string;
    source?: string;
    parent?: string;
    question?: string;
    negated?: true;
    claim: string;
    quote?: string;
    quoteStart?: number;
    quoteEnd?: number;
    criteria?: string;
    madeAt: string;
    resolveBy?: string;
    probability: number;
    probabilitySource?: string;
    hedge?: string;
    interval?: [number, number];
    conditional?: boolean;
    condition?: string;
    tags: string[];
    resolution?: LedgerDocumentResolution;
  }[];
}

export interface LedgerDocumentResolution {
  outcome: string;
  credit?: number;
  resolvedAt: string;
  note?: string;
  evidence?: string[];
}

/** Code-unit order: the same on every machine, whatever the database's or the system's collation. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** "2025-04-25" for midnight UTC (a date), else the full UTC timestamp "2025-04-25T10:30:00.000Z". */
export function ledgerDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** Drops the keys whose value is undefined, so that JSON.stringify and key order agree. */
function defined<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

function resolutionDocument(resolution: LedgerResolution | undefined): LedgerDocumentResolution | undefined {
  return resolution
    ? defined({
        outcome: resolution.outcome,
        credit: resolution.credit,
        resolvedAt: ledgerDate(resolution.resolvedAt),
        note: resolution.note,
        evidence: resolution.evidence?.length ? [...resolution.evidence] : undefined,
      })
    : undefined;
}

/**
 * The canonical document of a ledger: analysts by slug, sources by key, questions by key (their
 * references by asOf), predictions by key, tags sorted, optional fields present only when they hold
 * something, fields in the contract's order. A ledger without questions has no "questions" field.
 */
export function toLedgerDocument(ledger: LedgerFile): LedgerDocument {
  const questions = [...ledger.questions]
    .sort((a, b) => byCodeUnits(a.key, b.key))
    .map((question) =>
      defined({
        key: question.key,
        title: question.title,
        criteria: question.criteria,
        resolveBy: question.resolveBy ? ledgerDate(question.resolveBy) : undefined,
        references: question.references.length
          ? [...question.references]
              .sort((a, b) => a.asOf.getTime() - b.asOf.getTime())
              .map((reference) =>
                defined({
                  probability: reference.probability,
                  source: reference.source,
                  asOf: ledgerDate(reference.asOf),
                  url: reference.url,
                }),
              )
          : undefined,
        resolution: resolutionDocument(question.resolution),
      }),
    );
  return defined({
    format: "hindsight/v1" as const,
    analysts: [...ledger.analysts]
      .sort((a, b) => byCodeUnits(a.slug, b.slug))
      .map((analyst) => defined({ slug: analyst.slug, name: analyst.name, affiliation: analyst.affiliation })),
    sources: [...ledger.sources]
      .sort((a, b) => byCodeUnits(a.key, b.key))
      .map((source) =>
        defined({
          key: source.key,
          title: source.title,
          outlet: source.outlet,
          url: source.url,
          archiveUrl: source.archiveUrl,
          publishedAt: ledgerDate(source.publishedAt),
          authors: source.authors?.length ? [...source.authors] : undefined,
          text: source.text,
        }),
      ),
    questions: questions.length ? questions : undefined,
    predictions: [...ledger.predictions]
      .sort((a, b) => byCodeUnits(a.key, b.key))
      .map((prediction) =>
        defined({
          key: prediction.key,
          analyst: prediction.analyst,
          source: prediction.source,
          parent: prediction.parent,
          question: prediction.question,
          negated: prediction.question && prediction.negated ? (true as const) : undefined,
          claim: prediction.claim,
          quote: prediction.quote,
          quoteStart: prediction.quoteStart,
          quoteEnd: prediction.quoteEnd,
          criteria: prediction.criteria,
          madeAt: ledgerDate(prediction.madeAt),
          resolveBy: prediction.resolveBy ? ledgerDate(prediction.resolveBy) : undefined,
          probability: prediction.probability,
          probabilitySource: prediction.probabilitySource,
          hedge: prediction.hedge,
          interval: prediction.interval
            ? ([prediction.interval[0], prediction.interval[1]] as [number, number])
            : undefined,
          conditional: prediction.conditional ? true : undefined,
          condition: prediction.condition,
          tags: [...prediction.tags].sort(byCodeUnits),
          resolution: resolutionDocument(prediction.resolution),
        }),
      ),
  });
}

/** The ledger as hindsight/v1 JSON: the canonical document, indented by two spaces, ending in a newline. */
export function writeLedgerJson(ledger: LedgerFile): string {
  return `${JSON.stringify(toLedgerDocument(ledger), null, 2)}\n`;
}
