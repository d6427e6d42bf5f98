import path from "node:path";
import { parseArgs } from "node:util";
import {
  checkTargets,
  EXTRACTION_TARGETS,
  HELDOUT_TARGETS,
  evaluateArticle,
  extractPredictions,
  labelledPublicationDate,
  labelsAsCandidates,
  totalEvaluation,
  type ArticleEvaluation,
  type EvaluatedCandidate,
  type EvaluationCounts,
  type EvaluationRates,
  type EvaluationTargets,
  type LabelledPrediction,
  type TargetCheck,
} from "@hindsight/domain";
import { corpusDirectory, CorpusError, DEFAULT_HELDOUT, loadCorpus, readLabels, type CorpusArticle } from "./corpus";

const USAGE = `usage: pnpm eval:extract [--corpus <dir>] [--split corpus|dev|test]... [--json] [--show-test]
                         [--against <labels.json>]

Scores the prediction extractor on labelled articles (packages/domain/src/extract/evaluate.ts has
the rules), set by set: the corpus it was built on (fixtures/corpus) and the two halves of the
held-out set (fixtures/heldout, each article's "split": dev is tuned on, test is run at the end).
Per article and per set (micro-averaged): recall (labelled predictions found: some candidate
overlaps the labelled quote), precision (candidates overlapping a labelled quote, over all
candidates), speaker and hedge accuracy on the found ones, and the share of found ones whose
candidate has a probability; then the targets, the missed labels and the false positives. Each
article gets its publication date and nothing else: the extractor must find the byline in the text.
The test set prints only its row of the set table and its targets, so that its articles stay unseen
by whoever tunes the extractor: no per-article figures, missed labels, false positives or wrong
speakers (in --json, its articles keep their numbers but not those lists) unless --show-test.

  --corpus <dir>   one labels.json and articles/ to score instead of the two default sets
                   (relative to the directory pnpm was run in)
  --split <name>   score only this set: corpus (articles without a split), dev or test; repeatable
  --json           print the numbers and lists as JSON
  --show-test      print the test set's per-article figures and failures too (the test half is
                   then seen: read them only once tuning is over)
  --against <file> score a second labelling of the same articles (labels.json's shape, matched
                   by file) instead of the extractor: how far two labellers agree. Recall is
                   then the share of the labels the second labelling also found, precision the
                   share of its labels the first has too, speaker the agreement on who said them
                   (probability is 0: labels carry none). Articles it does not label are left out.
  --strict         exit 1 when any set misses a target (without it, only the corpus's targets
                   decide the exit code: the held-out halves are reported, not gated on)

Targets: the corpus recall >= 0.9, precision >= 0.6, speaker >= 0.8; dev and test recall >= 0.85,
precision >= 0.7, speaker >= 0.85, probability >= 0.9 (hedge accuracy has none).
Exit codes: 0 every gating target met, 1 a gating target missed (the corpus's; with --strict, any
set's), 2 usage error or unusable corpus.

examples:
  pnpm eval:extract
  pnpm eval:extract --split dev
  pnpm -s eval:extract --json > eval.json`;

const SET_NAMES = ["corpus", "dev", "test"] as const;
type SetName = (typeof SET_NAMES)[number];

const TARGETS: Record<SetName, EvaluationTargets> = {
  corpus: EXTRACTION_TARGETS,
  dev: HELDOUT_TARGETS,
  test: HELDOUT_TARGETS,
};

/** One set's articles scored: its totals and targets. */
interface SetReport {
  name: SetName;
  directory: string;
  reports: ArticleReport[];
  overall: EvaluationCounts & EvaluationRates;
  checks: TargetCheck[];
}

interface ArticleReport {
  file: string;
  evaluation: ArticleEvaluation;
  /** The extractor changed the text the offsets count in (it should not, for plain text). */
  textChanged: boolean;
  milliseconds: number;
}

/** A second labelling's predictions by article file (--against). */
type SecondLabelling = ReadonlyMap<string, readonly LabelledPrediction[]>;

/**
 * Runs the extractor on every article, given only its publication date, and scores it; or, with
 * a second labelling, scores that labelling's predictions instead (on the articles it labels).
 */
function evaluateCorpus(articles: readonly CorpusArticle[], second?: SecondLabelling): ArticleReport[] {
  const scored = second ? articles.filter((article) => second.has(article.file)) : articles;
  return scored.map((article) => {
    const started = performance.now();
    const labelled = second?.get(article.file);
    const result = labelled
      ? { text: article.text, candidates: labelsAsCandidates(article.text, labelled) }
      : extractPredictions(article.text, {
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
  rate(counts.probability),
];

const HEADER = ["article", "labels", "candidates", "found", "recall", "precision", "speaker", "hedge", "probability"];

const checkLine = (check: TargetCheck) =>
  `  ${check.metric.padEnd(11)} ${rate(check.value).padStart(4)}  (at least ${check.target.toFixed(2)})  ` +
  (check.passed ? "PASS" : "FAIL");

/** What to fix in one article: the missed labels, false positives, wrong speakers and hedges. */
function articleDetails(report: ArticleReport): string[] {
  const { evaluation } = report;
  const missed = evaluation.outcomes.filter((outcome) => outcome.match === null);
  const wrongSpeaker = evaluation.outcomes.filter((outcome) => outcome.match && !outcome.speakerCorrect);
  const wrongHedge = evaluation.outcomes.filter((outcome) => outcome.match && !outcome.hedgeCorrect);
  const noProbability = evaluation.outcomes.filter(
    (outcome) => outcome.match && outcome.match.candidate.probability == null,
  );
  const lines = [`${report.file} (${report.milliseconds.toFixed(1)} ms)`];
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
  if (noProbability.length) lines.push(`  found without a probability (${noProbability.length}):`);
  for (const outcome of noProbability) {
    lines.push(`    - "${shorten(outcome.label.quote, 60)}" (${outcome.match!.candidate.hedge ?? "no hedge"})`);
  }
  return lines;
}

/** The set whose articles are kept unseen: its summary is printed, not its articles' failures. */
const isHidden = (set: SetReport, showTest: boolean) => set.name === "test" && !showTest;

/** What a person reads: each set's table and targets, then what to fix, article by article. */
function formatReport(sets: readonly SetReport[], shown: (directory: string) => string, showTest: boolean): string {
  const lines: string[] = [
    "Extraction scored, set by set (micro-averaged):",
    "",
    table([
      ["set", ...HEADER.slice(1)],
      ...sets.map((set) => countsRow(`${set.name} (${plural(set.reports.length, "article")})`, set.overall)),
    ]),
  ];
  for (const set of sets) {
    if (isHidden(set, showTest)) {
      lines.push(
        "",
        `== ${set.name}: ${shown(set.directory)}, ${plural(set.reports.length, "article")}, ` +
          `${plural(set.overall.labels, "labelled prediction")} (articles not shown: --show-test shows them)`,
        "",
        "targets:",
        ...set.checks.map(checkLine),
      );
      continue;
    }
    lines.push(
      "",
      `== ${set.name}: ${shown(set.directory)}, ${plural(set.reports.length, "article")}, ` +
        `${plural(set.overall.labels, "labelled prediction")}`,
      "",
      table([
        HEADER,
        ...set.reports.map((report) => countsRow(report.file, report.evaluation)),
        countsRow("overall (micro-averaged)", set.overall),
      ]),
      "",
      "targets:",
      ...set.checks.map(checkLine),
    );
    for (const report of set.reports) lines.push("", ...articleDetails(report));
  }
  const failed = sets.flatMap((set) =>
    set.checks.filter((check) => !check.passed).map((check) => `${set.name} ${check.metric}`),
  );
  lines.push("", failed.length === 0 ? "All targets met." : `Targets missed: ${failed.join(", ")}.`);
  if (failed.some((miss) => !miss.startsWith("corpus"))) {
    lines.push("(The held-out halves' targets decide the exit code only with --strict.)");
  }
  return lines.join("\n");
}

const candidateJson = (candidate: EvaluatedCandidate) => ({
  quote: candidate.quote,
  start: candidate.start,
  end: candidate.end,
  speaker: candidate.speaker,
  hedge: candidate.hedge,
  probability: candidate.probability ?? null,
});

/** The machine-readable report: the same numbers and lists as the text (the test set's articles without their lists). */
function reportJson(sets: readonly SetReport[], showTest: boolean) {
  return {
    sets: sets.map((set) => ({
      name: set.name,
      corpus: set.directory,
      articles: set.reports.map(({ file, evaluation, textChanged, milliseconds }) => {
        const { outcomes, falsePositives, ...numbers } = evaluation;
        const summary = { file, ...numbers, milliseconds: Math.round(milliseconds * 10) / 10, textChanged };
        if (isHidden(set, showTest)) return summary;
        return {
          ...summary,
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
      overall: set.overall,
      targets: set.checks,
      passed: set.checks.every((check) => check.passed),
    })),
    passed: sets.every((set) => set.checks.every((check) => check.passed)),
  };
}

const isSetName = (name: string): name is SetName => (SET_NAMES as readonly string[]).includes(name);

/** The sets to score: every article of each directory, by its split ("corpus" without one). */
async function scoreSets(
  directories: readonly string[],
  wanted: readonly SetName[],
  second?: SecondLabelling,
): Promise<SetReport[]> {
  const sets: SetReport[] = [];
  for (const directory of directories) {
    const corpus = await loadCorpus(directory);
    for (const name of SET_NAMES) {
      if (!wanted.includes(name)) continue;
      const articles = corpus.articles.filter((article) => (article.label.split ?? "corpus") === name);
      if (articles.length === 0) continue;
      const reports = evaluateCorpus(articles, second);
      if (reports.length === 0) continue;
      const overall = totalEvaluation(reports.map((report) => report.evaluation));
      sets.push({ name, directory, reports, overall, checks: checkTargets(overall, TARGETS[name]) });
    }
  }
  return sets;
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
        split: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        against: { type: "string" },
        "show-test": { type: "boolean", default: false },
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
  const splits = values.split ?? [...SET_NAMES];
  const unknown = splits.find((name) => !isSetName(name));
  if (unknown !== undefined) {
    console.error(`eval:extract: --split must be corpus, dev or test, got "${unknown}"\n\n${USAGE}`);
    return 2;
  }
  const directories =
    values.corpus === undefined ? [corpusDirectory(undefined), DEFAULT_HELDOUT] : [corpusDirectory(values.corpus)];
  let second: SecondLabelling | undefined;
  if (values.against !== undefined) {
    if (!values.against.trim()) throw new CorpusError("--against needs a labels file");
    const file = path.resolve(process.env.INIT_CWD?.trim() || process.cwd(), values.against.trim());
    second = new Map((await readLabels(file)).articles.map((article) => [article.file, article.predictions]));
  }
  const sets = await scoreSets(directories, splits.filter(isSetName), second);
  if (sets.length === 0) throw new CorpusError(`no article belongs to the set(s) ${splits.join(", ")}`);
  const base = process.env.INIT_CWD?.trim() || process.cwd();
  const shown = (directory: string) => {
    const relative = path.relative(base, directory) || ".";
    return relative.length < directory.length ? relative : directory;
  };
  const showTest = values["show-test"];
  const output = values.json
    ? JSON.stringify(reportJson(sets, showTest), null, 2)
    : formatReport(sets, shown, showTest);
  // Waits until stdout has taken it all: the process exits right after, and a pipe is asynchronous.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(`${output}\n`, (error) => (error ? reject(error) : resolve())),
  );
  const gating = values.strict ? sets : sets.filter((set) => set.name === "corpus");
  return gating.every((set) => set.checks.every((check) => check.passed)) ? 0 : 1;
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
