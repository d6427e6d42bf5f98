import path from "node:path";
import { parseArgs } from "node:util";
import {
  checkTargets,
  evaluateArticle,
  extractPredictions,
  labelledPublicationDate,
  totalEvaluation,
  type ArticleEvaluation,
  type EvaluatedCandidate,
  type EvaluationCounts,
  type EvaluationRates,
  type LabelledPrediction,
  type TargetCheck,
} from "@hindsight/domain";
import { corpusDirectory, CorpusError, loadCorpus, type CorpusArticle } from "./corpus";

const USAGE = `usage: pnpm eval:extract [--corpus <dir>] [--json]

Scores the prediction extractor on the labelled corpus (packages/domain/src/extract/evaluate.ts has
the rules): per article and overall (micro-averaged), recall (labelled predictions found: some
candidate overlaps the labelled quote), precision (candidates overlapping a labelled quote, over all
candidates), and speaker and hedge accuracy on the found ones; then the targets, the missed labels
and the false positives. Each article gets its publication date and nothing else: the extractor
must find the byline in the text.

  --corpus <dir>   labels.json and articles/ (default: fixtures/corpus in the repository;
                   relative to the directory pnpm was run in)
  --json           print the numbers and lists as JSON

Targets: recall >= 0.9, precision >= 0.6, speaker accuracy >= 0.8 (hedge accuracy has none).
Exit codes: 0 every target met, 1 a target missed, 2 usage error or unusable corpus.

examples:
  pnpm eval:extract
  pnpm -s eval:extract --json > eval.json`;

interface ArticleReport {
  file: string;
  evaluation: ArticleEvaluation;
  /** The extractor changed the text the offsets count in (it should not, for plain text). */
  textChanged: boolean;
  milliseconds: number;
}

/** Runs the extractor on every article, given only its publication date, and scores it. */
function evaluateCorpus(articles: readonly CorpusArticle[]): ArticleReport[] {
  return articles.map((article) => {
    const started = performance.now();
    const result = extractPredictions(article.text, {
      publishedAt: labelledPublicationDate(article.label.publishedAt),
      format: "text",
    });
    const milliseconds = performance.now() - started;
    return {
      file: article.file,
      evaluation: evaluateArticle(result.text, article.label.predictions, result.candidates),
      textChanged: result.text !== article.text,
      milliseconds,
    };
  });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const rate = (value: number | null) => (value === null ? "-" : value.toFixed(2));

const shorten = (text: string, length = 90) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
};

const describeLabel = (label: LabelledPrediction) => `"${shorten(label.quote)}" (${label.speaker}; ${label.hedge})`;
const describeSpeaker = (speaker: string | null) => (speaker === null ? "null (unnamed author)" : speaker);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join("  "),
    )
    .join("\n");
}

const countsRow = (name: string, counts: EvaluationCounts & EvaluationRates) => [
  name,
  String(counts.labels),
  String(counts.candidates),
  String(counts.found),
  rate(counts.recall),
  rate(counts.precision),
  rate(counts.speaker),
  rate(counts.hedge),
];

/** What a person reads: the table, the targets, then what to fix, article by article. */
function formatReport(
  directory: string,
  reports: readonly ArticleReport[],
  overall: EvaluationCounts & EvaluationRates,
  checks: readonly TargetCheck[],
): string {
  const lines: string[] = [
    `Extraction scored on ${directory}: ${plural(reports.length, "article")}, ${plural(overall.labels, "labelled prediction")}`,
    "",
    table([
      ["article", "labels", "candidates", "found", "recall", "precision", "speaker", "hedge"],
      ...reports.map((report) => countsRow(report.file, report.evaluation)),
      countsRow("overall (micro-averaged)", overall),
    ]),
    "",
    "targets:",
    ...checks.map(
      (check) =>
        `  ${check.metric.padEnd(10)} ${rate(check.value).padStart(4)}  (at least ${check.target.toFixed(2)})  ` +
        (check.passed ? "PASS" : "FAIL"),
    ),
    `  ${"hedge".padEnd(10)} ${rate(overall.hedge).padStart(4)}  (no target)`,
  ];
  for (const report of reports) {
    const { evaluation } = report;
    const missed = evaluation.outcomes.filter((outcome) => outcome.match === null);
    const wrongSpeaker = evaluation.outcomes.filter((outcome) => outcome.match && !outcome.speakerCorrect);
    const wrongHedge = evaluation.outcomes.filter((outcome) => outcome.match && !outcome.hedgeCorrect);
    lines.push("", `${report.file} (${report.milliseconds.toFixed(1)} ms)`);
    if (report.textChanged) lines.push("  note: the extractor changed the text; labels were searched in its text");
    if (!missed.length && !evaluation.falsePositives.length && !wrongSpeaker.length && !wrongHedge.length) {
      lines.push("  nothing to fix");
    }
    if (missed.length) lines.push(`  missed (${missed.length}):`);
    for (const outcome of missed) {
      const absent = outcome.occurrences.length === 0 ? "  [not in the text: check the label]" : "";
      lines.push(`    - ${describeLabel(outcome.label)}${absent}`);
    }
    if (evaluation.falsePositives.length) lines.push(`  false positives (${evaluation.falsePositives.length}):`);
    for (const candidate of evaluation.falsePositives) {
      lines.push(`    - ${candidate.start}-${candidate.end} "${shorten(candidate.quote)}"`);
    }
    if (wrongSpeaker.length) lines.push(`  wrong speaker (${wrongSpeaker.length}):`);
    for (const outcome of wrongSpeaker) {
      lines.push(
        `    - "${shorten(outcome.label.quote, 60)}": labelled ${outcome.label.speaker}, ` +
          `extracted ${describeSpeaker(outcome.match!.candidate.speaker)}`,
      );
    }
    if (wrongHedge.length) lines.push(`  wrong hedge (${wrongHedge.length}):`);
    for (const outcome of wrongHedge) {
      const hedge = outcome.match!.candidate.hedge;
      lines.push(
        `    - "${shorten(outcome.label.quote, 60)}": labelled "${outcome.label.hedge}", ` +
          `extracted ${hedge === null ? "none" : `"${hedge}"`}`,
      );
    }
  }
  const passed = checks.every((check) => check.passed);
  lines.push(
    "",
    passed
      ? "All targets met."
      : `Targets missed: ${checks
          .filter((check) => !check.passed)
          .map((check) => check.metric)
          .join(", ")}.`,
  );
  return lines.join("\n");
}

const candidateJson = (candidate: EvaluatedCandidate) => ({
  quote: candidate.quote,
  start: candidate.start,
  end: candidate.end,
  speaker: candidate.speaker,
  hedge: candidate.hedge,
});

/** The machine-readable report: the same numbers and lists as the text. */
function reportJson(
  directory: string,
  reports: readonly ArticleReport[],
  overall: EvaluationCounts & EvaluationRates,
  checks: readonly TargetCheck[],
) {
  return {
    corpus: directory,
    articles: reports.map(({ file, evaluation, textChanged, milliseconds }) => {
      const { outcomes, falsePositives, ...numbers } = evaluation;
      return {
        file,
        ...numbers,
        milliseconds: Math.round(milliseconds * 10) / 10,
        textChanged,
        missed: outcomes
          .filter((outcome) => outcome.match === null)
          .map((outcome) => ({ ...outcome.label, inText: outcome.occurrences.length > 0 })),
        falsePositives: falsePositives.map(candidateJson),
        wrongSpeaker: outcomes
          .filter((outcome) => outcome.match && !outcome.speakerCorrect)
          .map((outcome) => ({ label: outcome.label, candidate: candidateJson(outcome.match!.candidate) })),
        wrongHedge: outcomes
          .filter((outcome) => outcome.match && !outcome.hedgeCorrect)
          .map((outcome) => ({ label: outcome.label, candidate: candidateJson(outcome.match!.candidate) })),
      };
    }),
    overall,
    targets: checks,
    passed: checks.every((check) => check.passed),
  };
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        corpus: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`eval:extract: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const directory = corpusDirectory(values.corpus);
  const corpus = await loadCorpus(directory);
  const reports = evaluateCorpus(corpus.articles);
  const overall = totalEvaluation(reports.map((report) => report.evaluation));
  const checks = checkTargets(overall);
  const relative = path.relative(process.env.INIT_CWD?.trim() || process.cwd(), directory) || ".";
  const shown = relative.length < directory.length ? relative : directory;
  const output = values.json
    ? JSON.stringify(reportJson(directory, reports, overall, checks), null, 2)
    : formatReport(shown, reports, overall, checks);
  // Waits until stdout has taken it all: the process exits right after, and a pipe is asynchronous.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(`${output}\n`, (error) => (error ? reject(error) : resolve())),
  );
  return checks.every((check) => check.passed) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CorpusError) {
      console.error(`eval:extract: ${error.message}`);
      process.exit(2);
    }
    console.error(`eval:extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
