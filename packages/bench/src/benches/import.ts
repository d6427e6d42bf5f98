import { parseArgs } from "node:util";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { importLedger } from "@hindsight/db";
import { readLedger, writeLedgerCsv, type LedgerDocument, type LedgerFormat } from "@hindsight/domain";
import { medianTime, ms, progress, table, time, withBenchDatabase } from "../harness";

export const describe =
  "import of a generated 100k-prediction ledger (JSON or CSV text -> checked -> written) vs a plain PostgreSQL COPY of the same rows";

const ANALYSTS = 500;
const SOURCES = 10_000;
const TAGS = 40;

/** A deterministic stream of 32-bit numbers (mulberry32), so every run builds the same ledger. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return (value ^ (value >>> 14)) >>> 0;
  };
}

const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A ledger as an editor's file would hold it: 500 analysts, 10k sources (8 in 10 predictions cite
 * one), a third of the probabilities read from hedge words with an interval, up to three of 40
 * tags, and half of the predictions resolved (some PARTIAL with credit) with a note and evidence.
 */
export function generateLedger(predictions: number): LedgerDocument {
  const next = numbers(20261122);
  const hedges = [
    ["could", 0.4, 0.25, 0.5],
    ["likely", 0.7, 0.6, 0.8],
    ["almost certainly", 0.95, 0.9, 0.99],
    ["unlikely", 0.2, 0.1, 0.3],
  ] as const;
  const outcomes = ["TRUE", "FALSE", "FALSE", "TRUE", "PARTIAL", "AMBIGUOUS"] as const;
  return {
    format: "hindsight/v1",
    analysts: Array.from({ length: ANALYSTS }, (_, i) => ({
      slug: `analyst-${i}`,
      name: `Analyst ${i}`,
      ...(i % 3 === 0 ? { affiliation: `Institute ${i % 17}` } : {}),
    })),
    sources: Array.from({ length: SOURCES }, (_, i) => ({
      key: `source-${i}`,
      title: `Article number ${i} on the state of the world`,
      outlet: `Outlet ${i % 40}`,
      url: `https://news.example/${i % 40}/article-${i}`,
      publishedAt: day(i % 2500),
    })),
    predictions: Array.from({ length: predictions }, (_, i) => {
      const hash = next();
      const made = hash % 2500;
      const hedge = hash % 3 === 0 ? hedges[(hash >>> 3) % hedges.length] : undefined;
      const probability = hedge ? hedge[1] : ((hash >>> 4) % 99) / 100 + 0.01;
      const tagCount = (hash >>> 8) % 4;
      const outcome = (hash >>> 12) % 2 === 0 ? outcomes[(hash >>> 13) % outcomes.length] : undefined;
      const prediction: LedgerDocument["predictions"][number] = {
        key: `bench-${i}`,
        analyst: `analyst-${(hash >>> 16) % ANALYSTS}`,
        ...(hash % 10 < 8 ? { source: `source-${(hash >>> 5) % SOURCES}` } : {}),
        claim: `Benchmark claim ${i}: the measure passes before the deadline`,
        quote: `the measure will ${hedge ? hedge[0] + " " : ""}pass, claim ${i}`,
        madeAt: day(made),
        resolveBy: day(made + 30 + (hash % 400)),
        probability: Number(probability.toFixed(2)),
        ...(hedge ? { probabilitySource: "HEDGE", hedge: hedge[0], interval: [hedge[2], hedge[3]] } : {}),
        tags: Array.from({ length: tagCount }, (_, t) => `tag-${(hash + t * 7) % TAGS}`),
      };
      if (outcome) {
        prediction.resolution = {
          outcome,
          ...(outcome === "PARTIAL" ? { credit: 0.5 } : {}),
          resolvedAt: day(made + 30 + (hash % 400)),
          note: `Decided by the vote of ${day(made + 30 + (hash % 400))}`,
          evidence: [`https://records.example/${i}`],
        };
      }
      return prediction;
    }),
  };
}

/** One COPY ... FROM STDIN of CSV rows (NULL is an unquoted empty cell). */
async function copyRows(client: pg.Client, sql: string, rows: (string | number | null)[][]): Promise<void> {
  const cell = (value: string | number | null) => (value === null ? "" : `"${String(value).replace(/"/g, '""')}"`);
  async function* lines() {
    for (let start = 0; start < rows.length; start += 5000) {
      yield rows
        .slice(start, start + 5000)
        .map((row) => `${row.map(cell).join(",")}\n`)
        .join("");
    }
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`${sql} FROM STDIN (FORMAT csv)`)));
}

const array = (values: readonly string[]) =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

/** The baseline: the same analysts, sources, tags, predictions, tag links and judgements, by COPY. */
async function copyLedger(url: string, document: LedgerDocument): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const now = new Date().toISOString();
    await copyRows(
      client,
      `COPY "analyst" ("id", "slug", "name", "affiliation", "updatedAt")`,
      document.analysts.map((analyst) => [analyst.slug, analyst.slug, analyst.name, analyst.affiliation ?? null, now]),
    );
    await copyRows(
      client,
      `COPY "source" ("id", "key", "title", "outlet", "url", "publishedAt", "authors", "updatedAt")`,
      document.sources.map((source) => [
        source.key,
        source.key,
        source.title,
        source.outlet ?? null,
        source.url ?? null,
        source.publishedAt,
        "{}",
        now,
      ]),
    );
    const tags = [...new Set(document.predictions.flatMap((prediction) => prediction.tags))];
    await copyRows(
      client,
      `COPY "tag" ("id", "slug", "name")`,
      tags.map((tag) => [tag, tag, tag]),
    );
    await copyRows(
      client,
      `COPY "prediction" ("id", "key", "analystId", "sourceId", "claim", "quote", "madeAt", "resolveBy",
        "probability", "probabilitySource", "hedge", "probabilityLow", "probabilityHigh", "version",
        "outcome", "credit", "resolvedAt", "updatedAt")`,
      document.predictions.map((prediction) => [
        prediction.key,
        prediction.key,
        prediction.analyst,
        prediction.source ?? null,
        prediction.claim,
        prediction.quote ?? null,
        prediction.madeAt,
        prediction.resolveBy ?? null,
        prediction.probability,
        prediction.probabilitySource ?? "STATED",
        prediction.hedge ?? null,
        prediction.interval?.[0] ?? null,
        prediction.interval?.[1] ?? null,
        prediction.resolution ? 2 : 1,
        prediction.resolution?.outcome ?? null,
        prediction.resolution?.credit ?? null,
        prediction.resolution?.resolvedAt ?? null,
        now,
      ]),
    );
    await copyRows(
      client,
      `COPY "prediction_tag" ("predictionId", "tagId")`,
      document.predictions.flatMap((prediction) => prediction.tags.map((tag) => [prediction.key, tag])),
    );
    await copyRows(
      client,
      `COPY "judgement" ("id", "predictionId", "outcome", "credit", "resolvedAt", "note", "evidence", "basedOnVersion")`,
      document.predictions.flatMap((prediction) =>
        prediction.resolution
          ? [
              [
                prediction.key,
                prediction.key,
                prediction.resolution.outcome,
                prediction.resolution.credit ?? null,
                prediction.resolution.resolvedAt,
                prediction.resolution.note ?? null,
                array(prediction.resolution.evidence ?? []),
                1,
              ],
            ]
          : [],
      ),
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

const rate = (count: number, milliseconds: number) =>
  `${Math.round((count / milliseconds) * 1000).toLocaleString("en")}/s`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      predictions: { type: "string", default: "100000" },
      format: { type: "string", default: "json" },
    },
  });
  const count = Number(values.predictions);
  const format = values.format as LedgerFormat;
  if (!Number.isInteger(count) || count < 1) throw new Error("--predictions must be a positive whole number");
  if (format !== "json" && format !== "csv") throw new Error("--format must be json or csv");

  progress(`generating ${count.toLocaleString("en")} predictions`);
  const document = generateLedger(count);
  const jsonText = JSON.stringify(document);
  const parsedOnce = readLedger(jsonText, "json");
  if (!parsedOnce.ok)
    throw new Error(`the generated ledger is invalid: ${JSON.stringify(parsedOnce.issues.slice(0, 3))}`);
  const text = format === "json" ? jsonText : writeLedgerCsv(parsedOnce.ledger);
  progress(`${format.toUpperCase()} file: ${(text.length / 1e6).toFixed(1)} MB`);

  const rows: string[][] = [];
  await withBenchDatabase("import", async ({ db }) => {
    let checkTime = 0;
    const total = await time(async () => {
      let ledger;
      checkTime = await time(() => {
        const read = readLedger(text, format);
        if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
        ledger = read.ledger;
        return Promise.resolve();
      });
      let last = 0;
      await importLedger(
        db,
        ledger!,
        { userId: null },
        {
          onProgress: ({ done, total: all }) => {
            if (done - last >= all / 5 || done === all) {
              progress(`imported ${done.toLocaleString("en")} of ${all.toLocaleString("en")}`);
              last = done;
            }
          },
        },
      );
    });
    rows.push([`import ${format} into an empty database`, ms(total), rate(count, total)]);
    rows.push([`  of which reading and checking the file`, ms(checkTime), rate(count, checkTime)]);
    rows.push([`  of which writing (one transaction)`, ms(total - checkTime), rate(count, total - checkTime)]);

    progress("importing the same file again (nothing changes)");
    const again = await medianTime(
      async () => {
        const read = readLedger(text, format);
        if (!read.ok) throw new Error("unreadable");
        const counts = await importLedger(db, read.ledger, { userId: null });
        if (counts.predictions.unchanged !== count)
          throw new Error(`expected no change, got ${JSON.stringify(counts)}`);
      },
      3,
      0,
    );
    rows.push([`the same file again (all unchanged), median of 3`, ms(again), rate(count, again)]);
  });

  await withBenchDatabase("copy", async ({ url }) => {
    progress("COPY of the same rows");
    const copy = await time(() => copyLedger(url, document));
    rows.push([`baseline: COPY FROM STDIN of the same rows`, ms(copy), rate(count, copy)]);
  });

  console.log(
    `\nImport of ${count.toLocaleString("en")} predictions (${ANALYSTS} analysts, ${SOURCES.toLocaleString("en")} sources)\n`,
  );
  console.log(table(["", "time", "predictions"], rows));
  console.log(
    "\nThe import also checks every field, diffs against what is stored, and writes an audit event per prediction;\nCOPY writes the rows alone. Both fire the score-aggregate triggers.",
  );
}
