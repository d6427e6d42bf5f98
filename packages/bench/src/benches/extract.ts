import { parseArgs } from "node:util";
import { extractPredictions, type ArticleFormat, type ExtractionResult } from "@hindsight/domain";
import { corpusDirectory, loadCorpus } from "../eval/corpus";
import { medianTime, ms, progress, table } from "../harness";

export const describe =
  "prediction extraction over the labelled corpus, per article and at a few MB (text and HTML), vs a bare regex sentence split + lowercase of the same text";

/** Issue 6's target: at least 1 MB of article text a second. */
const TARGET_MB_PER_SECOND = 1;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
const megabytes = (count: number) => count / 1e6;

/** Every candidate counted as often as it occurs: the extractor merges a repeated quote into one. */
const candidatesFound = (result: ExtractionResult) =>
  result.candidates.reduce((sum, candidate) => sum + candidate.occurrences, 0);

/**
 * The baseline: the least any extractor must do, one pass that cuts the text into sentences with a
 * regular expression and lowercases each (after dropping the tags, for HTML).
 */
function bareSentencePass(text: string, format: ArticleFormat): number {
  const plain = format === "html" ? text.replace(/<[^>]*>/g, " ") : text;
  let characters = 0;
  for (const sentence of plain.split(/(?<=[.!?…])\s+|\n+/)) characters += sentence.toLowerCase().length;
  return characters;
}

/** The same paragraphs as a web page would carry them: one <p> a line, escaped, in a minimal page. */
function asHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `<p>${escape(line)}</p>`);
  return `<!doctype html>\n<html><head><title>Corpus</title></head><body><article>\n${paragraphs.join("\n")}\n</article></body></html>\n`;
}

interface Measured {
  label: string;
  inputBytes: number;
  milliseconds: number;
  baselineMilliseconds: number;
  candidates: number;
  calls: number;
}

const sync = (body: () => unknown) => () => {
  body();
  return Promise.resolve();
};

async function measure(
  label: string,
  inputs: readonly { text: string; format: ArticleFormat }[],
  runs: number,
  warmup: number,
): Promise<Measured> {
  const candidates = inputs.reduce(
    (sum, input) => sum + candidatesFound(extractPredictions(input.text, { format: input.format })),
    0,
  );
  const milliseconds = await medianTime(
    sync(() => inputs.map((input) => extractPredictions(input.text, { format: input.format }))),
    runs,
    warmup,
  );
  const baselineMilliseconds = await medianTime(
    sync(() => inputs.map((input) => bareSentencePass(input.text, input.format))),
    runs,
    warmup,
  );
  const inputBytes = inputs.reduce((sum, input) => sum + bytes(input.text), 0);
  return { label, inputBytes, milliseconds, baselineMilliseconds, candidates, calls: inputs.length };
}

const perSecond = (count: number, milliseconds: number) => (count / milliseconds) * 1000;

const row = (measured: Measured) => [
  measured.label,
  `${megabytes(measured.inputBytes).toFixed(3)} MB`,
  ms(measured.milliseconds / measured.calls),
  `${perSecond(megabytes(measured.inputBytes), measured.milliseconds).toFixed(2)} MB/s`,
  `${Math.round(perSecond(measured.candidates, measured.milliseconds)).toLocaleString("en")}/s`,
  `${perSecond(megabytes(measured.inputBytes), measured.baselineMilliseconds).toFixed(0)} MB/s`,
  `${(measured.milliseconds / measured.baselineMilliseconds).toFixed(0)}x`,
];

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      corpus: { type: "string" },
      size: { type: "string", default: "3" },
      runs: { type: "string", default: "5" },
    },
  });
  const sizeMegabytes = Number(values.size);
  const runs = Number(values.runs);
  if (!(sizeMegabytes > 0 && sizeMegabytes <= 50)) throw new Error("--size must be a number of MB between 0 and 50");
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");

  const corpus = await loadCorpus(corpusDirectory(values.corpus));
  const articles = corpus.articles.map((article) => ({ name: article.file, text: article.text }));
  const joined = articles.map((article) => article.text).join("\n\n");
  // Whole copies of the corpus until the size is reached: every sentence is real article text.
  const copies = Math.max(1, Math.ceil((sizeMegabytes * 1e6) / bytes(joined)));
  const large = Array.from({ length: copies }, () => joined).join("\n\n");
  const largeHtml = asHtml(large);
  progress(
    `corpus: ${articles.length} articles, ${(bytes(joined) / 1e3).toFixed(1)} kB; at size: ${copies} copies, ` +
      `${megabytes(bytes(large)).toFixed(2)} MB of text, ${megabytes(bytes(largeHtml)).toFixed(2)} MB as HTML`,
  );

  // Compiles the extractor's hot paths before anything is timed, so the first article is not penalised.
  progress("warming up");
  for (let round = 0; round < 10; round += 1) {
    for (const article of articles) extractPredictions(article.text, { format: "text" });
  }
  const rows: Measured[] = [];
  for (const article of articles) {
    progress(`measuring ${article.name}`);
    rows.push(await measure(article.name, [{ text: article.text, format: "text" }], 25, 5));
  }
  progress("measuring the corpus, article by article");
  rows.push(
    await measure(
      "the corpus, one call per article",
      articles.map((article) => ({ text: article.text, format: "text" as const })),
      25,
      5,
    ),
  );
  // A quarter of the size too: throughput that falls as the text grows means work that grows faster than it.
  const quarterCopies = Math.max(1, Math.round(copies / 4));
  const quarter = Array.from({ length: quarterCopies }, () => joined).join("\n\n");
  progress(`measuring ${quarterCopies} copies as one text (median of ${runs})`);
  rows.push(await measure(`${quarterCopies} copies as one text`, [{ text: quarter, format: "text" }], runs, 1));
  progress(`measuring ${copies} copies as one text (median of ${runs})`);
  const largeText = await measure(`${copies} copies as one text`, [{ text: large, format: "text" }], runs, 1);
  rows.push(largeText);
  progress(`measuring the same as one HTML page (median of ${runs})`);
  const largePage = await measure(`the same as one HTML page`, [{ text: largeHtml, format: "html" }], runs, 1);
  rows.push(largePage);

  console.log(
    `\nExtraction (extractPredictions, no publication date) over ${corpus.directory}\n` +
      `median of 25 runs after 5 warm-ups for the articles, of ${runs} after 1 at size; MB = 10^6 bytes of UTF-8 input\n`,
  );
  console.log(
    table(
      ["input", "size", "ms per call", "throughput", "candidates", "baseline", "extract / baseline"],
      rows.map(row),
    ),
  );
  const throughput = perSecond(megabytes(largeText.inputBytes), largeText.milliseconds);
  console.log(
    `\nBaseline: a regex sentence split and lowercasing of the same text (tags dropped for HTML).` +
      `\nThe HTML page's throughput counts its markup as input too.` +
      `\nCandidates count each occurrence of a repeated quote (the extractor merges them into one).` +
      `\nTarget: at least ${TARGET_MB_PER_SECOND} MB/s of article text at size: ${throughput.toFixed(2)} MB/s, ` +
      `${throughput >= TARGET_MB_PER_SECOND ? "PASS" : "FAIL"}.`,
  );
}
