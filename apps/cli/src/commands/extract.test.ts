import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractPredictions, type ExtractedCandidate, type ExtractionResult } from "@hindsight/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../env";
import {
  EXTRACT_USAGE,
  extractCommand,
  extractionJson,
  formatExtraction,
  parseExtractArgs,
  readDay,
  type ExtractJson,
  type ExtractOutput,
} from "./extract";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("parseExtractArgs", () => {
  it.each([
    [["a.txt"], { file: "a.txt", published: undefined, json: false, help: false }],
    [["a b.html", "--json"], { file: "a b.html", published: undefined, json: true, help: false }],
    [["--published", "2025-04-25", "a.txt"], { file: "a.txt", published: day("2025-04-25"), json: false, help: false }],
    [["a.txt", "--published= 2024-02-29 "], { file: "a.txt", published: day("2024-02-29"), json: false, help: false }],
    [["--help"], { file: undefined, published: undefined, json: false, help: true }],
    [["a.txt", "-h"], { file: undefined, published: undefined, json: false, help: true }],
  ])("reads %j", (args, expected) => {
    expect(parseExtractArgs(args)).toEqual(expected);
  });

  it.each([
    [[], "extract needs a file"],
    [[" "], "extract needs a file"],
    [["a.txt", "b.txt"], "extract takes one file"],
    [["a.txt", "--published", "2025-4-25"], '--published must be a date as YYYY-MM-DD, got "2025-4-25"'],
    [["a.txt", "--published", "2025-02-29"], '--published must be a date as YYYY-MM-DD, got "2025-02-29"'],
    [["a.txt", "--published", "25 April 2025"], '--published must be a date as YYYY-MM-DD, got "25 April 2025"'],
    [["a.txt", "--published"], "Option '--published <value>' argument missing"],
    [["a.txt", "--jsn"], "Unknown option '--jsn'"],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseExtractArgs(args)).toThrow(UsageError);
    expect(() => parseExtractArgs(args)).toThrow(message);
  });
});

describe("readDay", () => {
  it.each([
    ["2025-04-25", "2025-04-25T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2025-02-29", undefined],
    ["2025-13-01", undefined],
    ["2025-04-25T10:00:00Z", undefined],
    ["", undefined],
  ])("%j -> %s", (text, expected) => {
    expect(readDay(text)?.toISOString()).toBe(expected);
  });
});

/** A result as the extractor would give it, so that the layout can be checked to the character. */
function candidate(overrides: Partial<ExtractedCandidate>): ExtractedCandidate {
  return {
    quote: "",
    start: 0,
    end: 0,
    speaker: null,
    speakerBasis: "none",
    affiliation: null,
    claim: "",
    hedge: null,
    probability: null,
    interval: null,
    negated: false,
    conditional: false,
    condition: null,
    deadline: null,
    confidence: 0.5,
    occurrences: 1,
    ...overrides,
  };
}

const text =
  "Rates will rise before the end of 2026, said Ann Lee. If wages climb, prices could follow.\nIt risks a recession.";
const result: ExtractionResult = {
  text,
  format: "text",
  authors: ["Bo Ek"],
  candidates: [
    candidate({
      quote: "Rates will rise before the end of 2026",
      start: 0,
      end: 38,
      speaker: "Ann Lee",
      speakerBasis: "attribution",
      hedge: "will",
      probability: 0.95,
      interval: [0.95, 1],
      deadline: { date: "2026-12-31", text: "before the end of 2026", explanation: "the end of 2026" },
    }),
    candidate({
      quote: "If wages climb, prices could follow.",
      start: 54,
      end: 90,
      speaker: "Bo Ek",
      speakerBasis: "byline",
      hedge: "could",
      probability: 0.4,
      interval: [0.25, 0.5],
      conditional: true,
      condition: "wages climb",
    }),
    candidate({ quote: "It risks a recession.", start: 91, end: 112, hedge: "risks", occurrences: 2 }),
  ],
};

describe("extractionJson", () => {
  it("gives the docs/design.md shape: deadline as its date, interval as a pair, null speaker for the unnamed author", () => {
    expect(result.candidates.map((c) => text.slice(c.start, c.end))).toEqual(result.candidates.map((c) => c.quote));
    expect(extractionJson(result)).toEqual({
      candidates: [
        {
          quote: "Rates will rise before the end of 2026",
          start: 0,
          end: 38,
          speaker: "Ann Lee",
          hedge: "will",
          probability: 0.95,
          interval: [0.95, 1],
          conditional: false,
          condition: null,
          deadline: "2026-12-31",
        },
        {
          quote: "If wages climb, prices could follow.",
          start: 54,
          end: 90,
          speaker: "Bo Ek",
          hedge: "could",
          probability: 0.4,
          interval: [0.25, 0.5],
          conditional: true,
          condition: "wages climb",
          deadline: null,
        },
        {
          quote: "It risks a recession.",
          start: 91,
          end: 112,
          speaker: null,
          hedge: "risks",
          probability: null,
          interval: null,
          conditional: false,
          condition: null,
          deadline: null,
        },
      ],
    });
  });

  it('adds "text" when the offsets count in converted HTML', () => {
    expect(extractionJson({ ...result, format: "html" }).text).toBe(text);
    expect(extractionJson(result)).not.toHaveProperty("text");
  });
});

describe("formatExtraction", () => {
  it("numbers the candidates with speaker, hedge reading, condition and deadline, then sums up", () => {
    expect(formatExtraction(result, "rates.txt", day("2025-04-25"))).toBe(
      [
        '1. "Rates will rise before the end of 2026"',
        "   speaker:     Ann Lee (quoted)",
        '   hedge:       "will" → 95%, interval 95%-100%',
        "   conditional: no",
        '   deadline:    2026-12-31, from "before the end of 2026"',
        "   offsets:     0-38",
        "",
        '2. "If wages climb, prices could follow."',
        "   speaker:     Bo Ek (byline)",
        '   hedge:       "could" → 40%, interval 25%-50%',
        '   conditional: yes, if "wages climb"',
        "   deadline:    none found",
        "   offsets:     54-90",
        "",
        '3. "It risks a recession."',
        "   speaker:     the article's unnamed author",
        '   hedge:       "risks" → no number in the hedge lexicon',
        "   conditional: no",
        "   deadline:    none found",
        "   offsets:     91-112, occurs 2 times",
        "",
        "3 candidate predictions in rates.txt (1 conditional, 1 with a deadline, 1 without a probability; " +
          "read as text, 112 characters; byline: Bo Ek; published 2025-04-25).",
      ].join("\n"),
    );
  });

  it("says when nothing was found, the text came from HTML, and no date was given", () => {
    expect(formatExtraction({ text: "Hello.", format: "html", authors: [], candidates: [] }, "a.html", undefined)).toBe(
      "No candidate predictions in a.html (read as HTML, offsets into the converted text of 6 characters; " +
        "no byline found; no --published date, so no deadline in words was read).",
    );
  });

  it("reads a negated hedge as the chance of the opposite", () => {
    const negated = candidate({
      quote: "It will not pass.",
      hedge: "will not",
      probability: 0.05,
      interval: [0, 0.05],
      negated: true,
    });
    expect(formatExtraction({ ...result, candidates: [negated] }, "a.txt", undefined)).toContain(
      '   hedge:       "will not" → 5%, interval 0%-5% (negated: the chance of the opposite)',
    );
  });
});

/** A small article of my own: a byline, a quoted expert, a conditional, and a sentence with no prediction. */
const ARTICLE = [
  "Will the euro hold?",
  "By Jane Doe",
  "",
  "The central bank will raise interest rates again before the end of the year, said Maria Lopez, an economist at Example Bank.",
  "",
  "If wages keep rising, the government could cut its spending plans.",
  "",
  "The weather in Frankfurt was pleasant on Tuesday.",
  "",
].join("\n");
const RATES = "The central bank will raise interest rates again before the end of the year";
const WEATHER = "The weather in Frankfurt was pleasant on Tuesday.";

const DESIGN_KEYS = [
  "quote",
  "start",
  "end",
  "speaker",
  "hedge",
  "probability",
  "interval",
  "conditional",
  "condition",
  "deadline",
];

describe("hindsight extract on files", () => {
  let directory: string;
  const file = (name: string, content: string | Buffer) => {
    const target = path.join(directory, name);
    writeFileSync(target, content);
    return target;
  };
  const run = async (args: string[]) => {
    let out = "";
    const err: string[] = [];
    const output: ExtractOutput = {
      out: (text) => {
        out += text;
        return Promise.resolve();
      },
      err: (line) => err.push(line),
    };
    const code = await extractCommand(args, output);
    return { code, out, err };
  };
  const spanOf = (quote: string) => ({ start: ARTICLE.indexOf(quote), end: ARTICLE.indexOf(quote) + quote.length });
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;

  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), "hindsight-cli-extract-"));
  });
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it("--json prints the contract's candidates, whose offsets slice the quotes out of the file", async () => {
    const target = file("euro.txt", ARTICLE);
    const { code, out, err } = await run([target, "--published", "2025-04-25", "--json"]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out) as ExtractJson;
    expect(Object.keys(json)).toEqual(["candidates"]);
    expect(json.candidates.length).toBeGreaterThan(0);
    for (const found of json.candidates) {
      expect(Object.keys(found)).toEqual(DESIGN_KEYS);
      expect(ARTICLE.slice(found.start, found.end)).toBe(found.quote);
      expect(found.speaker === null || typeof found.speaker === "string").toBe(true);
      expect(found.deadline === null || /^\d{4}-\d{2}-\d{2}$/.test(found.deadline)).toBe(true);
      expect(found.interval === null || found.interval.length === 2).toBe(true);
    }
    expect(json.candidates.some((found) => overlaps(found, spanOf(RATES)))).toBe(true);
    expect(json.candidates.some((found) => overlaps(found, spanOf(WEATHER)))).toBe(false);
    // The command prints what the extractor finds, nothing more or less.
    const direct = extractPredictions(ARTICLE, { publishedAt: day("2025-04-25") });
    expect(json).toEqual(extractionJson(direct));
  });

  it("prints a numbered list and a summary line without --json", async () => {
    const target = file("euro-readable.txt", ARTICLE);
    const { code, out } = await run([target, "--published", "2025-04-25"]);
    expect(code).toBe(0);
    const direct = extractPredictions(ARTICLE, { publishedAt: day("2025-04-25") });
    expect(out).toBe(`${formatExtraction(direct, target, day("2025-04-25"))}\n`);
    expect(out).toMatch(/^1\. "/);
    expect(out).toMatch(/\n\d+ candidate predictions? in .*euro-readable\.txt \(.*; published 2025-04-25\)\.\n$/);
  });

  it("reads relative names from the directory pnpm was run in (INIT_CWD)", () => {
    file("relative.txt", ARTICLE);
    const here = path.dirname(fileURLToPath(import.meta.url));
    const tsx = path.join(here, "..", "..", "node_modules", ".bin", "tsx");
    const child = spawnSync(tsx, [path.join(here, "..", "main.ts"), "extract", "relative.txt", "--json"], {
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: directory },
      timeout: 30_000,
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect((JSON.parse(child.stdout) as ExtractJson).candidates.length).toBeGreaterThan(0);
  });

  // Runs once the extractor converts HTML (the contract's format "html"); until then it is skipped.
  const convertsHtml = extractPredictions("<p>It will rain.</p>", { format: "html" }).format === "html";
  it.skipIf(!convertsHtml)("converts an .html file and adds the converted text the offsets count in", async () => {
    const html = `<html><body>${ARTICLE.split("\n\n")
      .map((paragraph) => `<p>${paragraph.replace(/&/g, "&amp;")}</p>`)
      .join("\n")}</body></html>`;
    const { code, out } = await run([file("euro.html", html), "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ExtractJson;
    expect(Object.keys(json)).toEqual(["candidates", "text"]);
    expect(json.text).not.toContain("<p>");
    expect(json.text).toContain(RATES);
    for (const found of json.candidates) expect(json.text?.slice(found.start, found.end)).toBe(found.quote);
  });

  it("--help prints the usage and exits 0", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toBe(`${EXTRACT_USAGE}\n`);
    expect(EXTRACT_USAGE).toContain("offsets into the text as read");
    expect(EXTRACT_USAGE).toContain('For HTML it is the converted text, which --json then adds as "text"');
  });

  it("refuses a bad --published date with a usage error before reading anything", async () => {
    await expect(run([path.join(directory, "absent.txt"), "--published", "2025-02-30"])).rejects.toThrow(UsageError);
  });

  it.each([
    ["a missing file", () => path.join(directory, "absent.txt"), "no such file"],
    [
      "a directory",
      () => {
        mkdirSync(path.join(directory, "folder"), { recursive: true });
        return path.join(directory, "folder");
      },
      "it is a directory",
    ],
    ["a binary file", () => file("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), "it is not a text file"],
  ])("says it cannot read %s, exit 1", async (_name, make, reason) => {
    const target = make();
    const { code, out, err } = await run([target]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toEqual([`hindsight: cannot read ${target}: ${reason}`]);
  });

  it.skipIf(process.getuid?.() === 0)("says a file it may not read is unreadable, exit 1", async () => {
    const target = file("secret.txt", ARTICLE);
    chmodSync(target, 0o000);
    const { code, err } = await run([target]);
    expect(code).toBe(1);
    expect(err).toEqual([`hindsight: cannot read ${target}: permission denied`]);
  });

  it.each([
    ["nothing", ""],
    ["whitespace", " \n\t\n"],
    ["a byte-order mark alone", "\uFEFF"],
  ])("says a file is empty when it holds nothing but %s, exit 1", async (_name, content) => {
    const target = file("empty.txt", content);
    const { code, out, err } = await run([target]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toEqual([`hindsight: ${target} is empty: there is no text to extract from`]);
  });
});
