import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  extractPredictions,
  type ArticleFormat,
  type ExtractedCandidate,
  type ExtractionResult,
  MAX_ARTICLE_CHARACTERS,
} from "@hindsight/domain";
import { UsageError } from "../env";
import { largerThan } from "./file-limits";

export const EXTRACT_USAGE = `usage: hindsight extract <file> [--published <YYYY-MM-DD>] [--json]

  <file>                the article: plain text, or HTML (a .html/.htm name, or content that looks
                        like HTML), which is converted to text first
  --published <date>    the publication date (YYYY-MM-DD); deadlines in words ("by the end of next
                        year") are counted from it, and without it no such deadline is read
  --json                print { "candidates": [{ "quote", "start", "end", "speaker", "hedge",
                        "probability", "interval", "conditional", "condition", "deadline" }] }

  Finds the candidate predictions in an article for an editor to confirm: the quote, who makes it
  (null in JSON for the article's unnamed author), the hedge and the probability the hedge lexicon
  reads from it with its interval, the condition of a conditional, and the deadline (YYYY-MM-DD in
  JSON). Nothing is written to the ledger and no database is needed.

  start and end are offsets into the text as read, in UTF-16 code units (as JavaScript strings
  count): text.slice(start, end) is the quote. For plain text that is the file itself (less a
  leading byte-order mark). For HTML it is the converted text, which --json then adds as "text".

  Exit codes: 0 success (also when nothing is found), 1 the file is missing, unreadable or empty,
  2 usage error.

examples:
  pnpm hindsight extract article.txt --published 2025-04-25
  pnpm -s hindsight extract page.html --published 2025-06-17 --json > candidates.json`;

export interface ExtractCliOptions {
  file: string | undefined;
  /** UTC midnight of the given day. */
  published: Date | undefined;
  json: boolean;
  help: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as YYYY-MM-DD, at UTC midnight; undefined when it is not a real day. */
export function readDay(text: string): Date | undefined {
  if (!DAY.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00.000Z`);
  // new Date rolls 2025-02-30 over to 2 March; the round trip catches it.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}

export function parseExtractArgs(args: string[]): ExtractCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        published: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${EXTRACT_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: undefined, published: undefined, json: values.json, help: true };
  if (positionals.length !== 1 || !positionals[0]?.trim()) {
    throw new UsageError(
      `${positionals.length > 1 ? "extract takes one file" : "extract needs a file"}\n${EXTRACT_USAGE}`,
    );
  }
  let published: Date | undefined;
  if (values.published !== undefined) {
    published = readDay(values.published.trim());
    if (!published) {
      throw new UsageError(`--published must be a date as YYYY-MM-DD, got "${values.published}"\n${EXTRACT_USAGE}`);
    }
  }
  return { file: positionals[0], published, json: values.json, help: false };
}

/** The docs/design.md shape of `extract --json`, plus `text` when the offsets refer to converted HTML. */
export interface ExtractJson {
  candidates: {
    quote: string;
    start: number;
    end: number;
    speaker: string | null;
    hedge: string | null;
    probability: number | null;
    interval: [number, number] | null;
    conditional: boolean;
    condition: string | null;
    deadline: string | null;
  }[];
  text?: string;
}

export function extractionJson(result: ExtractionResult): ExtractJson {
  return {
    candidates: result.candidates.map((candidate) => ({
      quote: candidate.quote,
      start: candidate.start,
      end: candidate.end,
      speaker: candidate.speaker,
      hedge: candidate.hedge,
      probability: candidate.probability,
      interval: candidate.interval ? [candidate.interval[0], candidate.interval[1]] : null,
      conditional: candidate.conditional,
      condition: candidate.condition,
      deadline: candidate.deadline?.date ?? null,
    })),
    // Offsets into converted HTML mean nothing without the text they count in.
    ...(result.format === "html" ? { text: result.text } : {}),
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const plural = (count: number, word: string) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

const SPEAKER_BASIS: Record<ExtractedCandidate["speakerBasis"], string> = {
  attribution: "quoted",
  source: "the article's only source",
  byline: "byline",
  given: "given",
  none: "",
};

function describeCandidate(candidate: ExtractedCandidate, number: number): string[] {
  const basis = SPEAKER_BASIS[candidate.speakerBasis];
  const speaker = candidate.speaker === null ? "the article's unnamed author" : candidate.speaker;
  let hedge: string;
  if (candidate.hedge === null) hedge = "none found";
  else if (candidate.probability === null) hedge = `"${candidate.hedge}" → no number in the hedge lexicon`;
  else {
    const interval = candidate.interval
      ? `, interval ${percent(candidate.interval[0])}-${percent(candidate.interval[1])}`
      : "";
    const negated = candidate.negated ? " (negated: the chance of the opposite)" : "";
    hedge = `"${candidate.hedge}" → ${percent(candidate.probability)}${interval}${negated}`;
  }
  const condition = candidate.conditional
    ? `yes${candidate.condition ? `, if "${oneLine(candidate.condition)}"` : ""}`
    : "no";
  const deadline = candidate.deadline
    ? `${candidate.deadline.date}, from "${oneLine(candidate.deadline.text)}"`
    : "none found";
  const repeated = candidate.occurrences > 1 ? `, occurs ${candidate.occurrences} times` : "";
  return [
    `${number}. "${oneLine(candidate.quote)}"`,
    `   speaker:     ${speaker}${basis ? ` (${basis})` : ""}`,
    `   hedge:       ${hedge}`,
    `   conditional: ${condition}`,
    `   deadline:    ${deadline}`,
    `   offsets:     ${candidate.start}-${candidate.end}${repeated}`,
  ];
}

/** The readable list: one numbered block per candidate, then a summary line. */
export function formatExtraction(result: ExtractionResult, file: string, published: Date | undefined): string {
  const blocks = result.candidates.map((candidate, index) => describeCandidate(candidate, index + 1).join("\n"));
  const count = result.candidates.length;
  const conditional = result.candidates.filter((candidate) => candidate.conditional).length;
  const withDeadline = result.candidates.filter((candidate) => candidate.deadline !== null).length;
  const withoutNumber = result.candidates.filter((candidate) => candidate.probability === null).length;
  const details = [
    `${conditional.toLocaleString("en")} conditional`,
    `${withDeadline.toLocaleString("en")} with a deadline`,
    `${withoutNumber.toLocaleString("en")} without a probability`,
  ];
  const read =
    result.format === "html"
      ? `read as HTML, offsets into the converted text of ${plural(result.text.length, "character")}`
      : `read as text, ${plural(result.text.length, "character")}`;
  const byline = result.authors.length ? `byline: ${result.authors.join("; ")}` : "no byline found";
  const date = published
    ? `published ${published.toISOString().slice(0, 10)}`
    : "no --published date, so no deadline in words was read";
  const summary =
    (count === 0 ? `No candidate predictions in ${file}` : `${plural(count, "candidate prediction")} in ${file}`) +
    ` (${count ? `${details.join(", ")}; ` : ""}${read}; ${byline}; ${date}).`;
  return [...blocks, summary].join("\n\n");
}

/** Where the command writes: the result to `out` (stdout), problems to `err`. */
export interface ExtractOutput {
  out: (text: string) => Promise<void>;
  err: (line: string) => void;
}

const processOutput: ExtractOutput = {
  // Waits until stdout has taken the text: the process exits right after, and a pipe is asynchronous.
  out: (text) =>
    new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve()))),
  err: (line) => console.error(line),
};

const HTML_NAME = /\.x?html?$/i;

/** The file's text, or the reason it cannot be used. */
async function readArticle(file: string): Promise<{ text: string } | { problem: string }> {
  let bytes: Buffer;
  try {
    // Four bytes a character at most: a larger file is longer than the extractor reads, whatever it holds.
    const tooLarge = await largerThan(file, MAX_ARTICLE_CHARACTERS * 4);
    if (tooLarge) return { problem: `cannot read ${file}: ${tooLarge}` };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : error instanceof Error
              ? error.message
              : String(error);
    return { problem: `cannot read ${file}: ${reason}` };
  }
  if (bytes.includes(0)) return { problem: `cannot read ${file}: it is not a text file` };
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") return { problem: `${file} is empty: there is no text to extract from` };
  if (text.length > MAX_ARTICLE_CHARACTERS) {
    return {
      problem: `${file} has ${text.length.toLocaleString("en")} characters; the extractor reads at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} (the article's own text, without the rest of the page)`,
    };
  }
  return { text };
}

export async function extractCommand(args: string[], output = processOutput): Promise<number> {
  const options = parseExtractArgs(args);
  if (options.help || !options.file) {
    await output.out(`${EXTRACT_USAGE}\n`);
    return 0;
  }
  const article = await readArticle(options.file);
  if ("problem" in article) {
    output.err(`hindsight: ${article.problem}`);
    return 1;
  }
  // A .html name settles the format; otherwise the extractor sniffs the content.
  const format: ArticleFormat | undefined = HTML_NAME.test(options.file) ? "html" : undefined;
  const result = extractPredictions(article.text, {
    ...(options.published ? { publishedAt: options.published } : {}),
    ...(format ? { format } : {}),
  });
  await output.out(
    options.json
      ? `${JSON.stringify(extractionJson(result), null, 2)}\n`
      : `${formatExtraction(result, options.file, options.published)}\n`,
  );
  return 0;
}
