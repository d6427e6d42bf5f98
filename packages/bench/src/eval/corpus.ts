import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractionLabelsSchema, type ExtractionLabels, type LabelledArticle } from "@hindsight/domain";

/**
 * The labelled corpus (fixtures/corpus: labels.json and articles/*.txt), read for
 * `pnpm eval:extract` and `pnpm bench extract`.
 */

/** The repository root, found from this file's place (pnpm may be run from any subdirectory). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** The corpus is kept in the repository, in fixtures/corpus. */
export const DEFAULT_CORPUS = path.resolve(REPO_ROOT, "fixtures", "corpus");

/** The held-out set (issue 18): articles the extractor was not built on, each in a dev or test split. */
export const DEFAULT_HELDOUT = path.resolve(REPO_ROOT, "fixtures", "heldout");

/** A problem with the corpus: said in one line, and nothing is evaluated. */
export class CorpusError extends Error {}

/**
 * The corpus directory: `--corpus <dir>` relative to where pnpm was run (INIT_CWD), else the
 * repository's fixtures/corpus.
 */
export function corpusDirectory(option: string | undefined): string {
  if (option === undefined) return DEFAULT_CORPUS;
  if (!option.trim()) throw new CorpusError("--corpus needs a directory");
  return path.resolve(process.env.INIT_CWD?.trim() || process.cwd(), option.trim());
}

export interface CorpusArticle {
  label: LabelledArticle;
  /** The article file's name relative to the corpus directory, as labels.json gives it. */
  file: string;
  text: string;
}

export interface Corpus {
  directory: string;
  labels: ExtractionLabels;
  articles: CorpusArticle[];
}

const readText = async (file: string, what: string): Promise<string> => {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusError(`cannot read ${what} ${file}: ${code === "ENOENT" ? "no such file" : String(error)}`);
  }
};

export async function loadCorpus(directory: string): Promise<Corpus> {
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new CorpusError(
      `the corpus directory ${directory} does not exist; give it with --corpus <dir> (labels.json and articles/)`,
    );
  }
  const labels = await readLabels(path.join(directory, "labels.json"));
  const articles = await Promise.all(
    labels.articles.map(async (label) => ({
      label,
      file: label.file,
      // Read as the CLI reads a file, less a byte-order mark the labels' quotes do not count.
      text: (await readText(path.join(directory, label.file), "the article")).replace(/^\uFEFF/, ""),
    })),
  );
  return { directory, labels, articles };
}

/** A labels file (labels.json's shape), read and checked. */
export async function readLabels(labelsFile: string): Promise<ExtractionLabels> {
  const labelsText = await readText(labelsFile, "the labels file");
  let json: unknown;
  try {
    json = JSON.parse(labelsText);
  } catch (error) {
    throw new CorpusError(`${labelsFile} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = extractionLabelsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new CorpusError(`${labelsFile} is not a labels file: ${problems.join("; ")}`);
  }
  return parsed.data;
}
