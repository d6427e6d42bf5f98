import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv, UsageError } from "../env";
import {
  formatIgnoredFields,
  formatImportSummary,
  importCommand,
  parseImportArgs,
  progressBar,
  type ImportOutput,
} from "./import";

describe("parseImportArgs", () => {
  it.each([
    [["ledger.json"], { file: "ledger.json", format: undefined, ignoreUnknownFields: false, help: false }],
    [["export.txt", "--format", "CSV"], { file: "export.txt", format: "csv", ignoreUnknownFields: false, help: false }],
    [["--format=json", "a b.json"], { file: "a b.json", format: "json", ignoreUnknownFields: false, help: false }],
    [
      ["new.json", "--ignore-unknown-fields"],
      { file: "new.json", format: undefined, ignoreUnknownFields: true, help: false },
    ],
    [["--help"], { file: undefined, format: undefined, ignoreUnknownFields: false, help: true }],
  ])("reads %j", (args, expected) => {
    expect(parseImportArgs(args)).toEqual(expected);
  });

  it.each([
    [[], "import needs a file"],
    [["a.json", "b.json"], "import takes one file"],
    [["a.json", "--format", "xml"], '--format must be json or csv, got "xml"'],
    [["a.json", "--dry-run"], "Unknown option '--dry-run'"],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseImportArgs(args)).toThrow(UsageError);
    expect(() => parseImportArgs(args)).toThrow(message);
  });
});

/** Captures what the command writes; `tty` makes stderr look like a terminal 60 columns wide. */
function capture(tty = false) {
  const out: string[] = [];
  let err = "";
  const output: ImportOutput = {
    out: (line) => out.push(line),
    err: { write: (text: string) => (err += text), isTTY: tty, columns: 60 },
  };
  return { output, out, err: () => err };
}

describe("progressBar", () => {
  it("draws on a terminal once per percent, then erases itself", () => {
    const { output, err } = capture(true);
    const bar = progressBar(output.err, "Importing x.csv");
    bar.update(0, 200);
    bar.update(1, 200);
    bar.update(100, 200);
    bar.update(100, 200);
    bar.update(200, 200);
    bar.clear();
    const frames = err().split("\r").filter(Boolean);
    expect(frames).toEqual([
      `Importing x.csv [${"-".repeat(35)}]   0%`,
      `Importing x.csv [${"#".repeat(18)}${"-".repeat(17)}]  50%`,
      `Importing x.csv [${"#".repeat(35)}] 100%`,
      "\u001b[K",
    ]);
  });

  it("draws nothing off a terminal", () => {
    const { output, err } = capture(false);
    const bar = progressBar(output.err, "Importing");
    bar.update(5, 10);
    bar.clear();
    expect(err()).toBe("");
  });
});

describe("formatImportSummary", () => {
  it("says in one line what was created, updated, judged and left unchanged", () => {
    expect(
      formatImportSummary("ledger.csv", "csv", {
        analysts: { created: 1, updated: 0 },
        sources: { created: 2, updated: 1 },
        questions: { created: 0, updated: 0, judged: 0 },
        references: { created: 0, updated: 0 },
        predictions: { created: 1200, updated: 3, unchanged: 1 },
        judgements: { created: 1 },
      }),
    ).toBe(
      "Imported ledger.csv (CSV): 1,204 predictions (1,200 created, 3 updated, 1 unchanged), 1 new judgement, " +
        "analysts 1 created and 0 updated, sources 2 created and 1 updated.",
    );
  });

  it("names questions and references when the file changed any", () => {
    expect(
      formatImportSummary("ledger.json", "json", {
        analysts: { created: 0, updated: 0 },
        sources: { created: 0, updated: 0 },
        questions: { created: 2, updated: 1, judged: 2 },
        references: { created: 3, updated: 0 },
        predictions: { created: 4, updated: 0, unchanged: 0 },
        judgements: { created: 4 },
      }),
    ).toBe(
      "Imported ledger.json (JSON): 4 predictions (4 created, 0 updated, 0 unchanged), 4 new judgements, " +
        "analysts 0 created and 0 updated, sources 0 created and 0 updated, " +
        "questions 2 created, 1 updated and 2 judged, references 3 added and 0 corrected.",
    );
  });

  it("names the fields left out, the first twenty of them", () => {
    expect(formatIgnoredFields(["questions[0].foo"])).toBe(
      "hindsight: left out 1 field this Hindsight does not know: questions[0].foo",
    );
    const many = Array.from({ length: 23 }, (_, index) => `predictions[${index}].extra`);
    expect(formatIgnoredFields(many)).toMatch(/: predictions\[0\]\.extra, .*predictions\[19\]\.extra, and 3 more$/);
  });
});

describe("hindsight import against a database", () => {
  let database: TestDatabase;
  let directory: string;
  const file = (name: string, text: string) => {
    const target = path.join(directory, name);
    writeFileSync(target, text);
    return target;
  };
  const run = async (args: string[], tty = false) => {
    const captured = capture(tty);
    const code = await importCommand(readEnv({ DATABASE_URL: database.url }), args, captured.output);
    return { code, out: captured.out, err: captured.err() };
  };
  const csv = [
    "key,analyst,analystName,claim,madeAt,probability,tags,outcome,resolvedAt",
    "cli-1,ann-analyst,Ann Analyst,It rains in May,2025-01-10,0.3,weather,,",
    'cli-2,ann-analyst,Ann Analyst,"It snows, in June",2025-01-10,0.1,weather;june,FALSE,2025-07-01',
  ].join("\r\n");

  beforeAll(async () => {
    database = await createTestDatabase("hindsight_cli_import");
    directory = mkdtempSync(path.join(os.tmpdir(), "hindsight-cli-import-"));
  });
  afterAll(async () => {
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it("imports a CSV file, prints one summary line, and the second time changes nothing", async () => {
    const target = file("ledger.csv", csv);
    const first = await run([target]);
    expect(first.code).toBe(0);
    expect(first.out).toEqual([
      `Imported ${target} (CSV): 2 predictions (2 created, 0 updated, 0 unchanged), 1 new judgement, ` +
        "analysts 1 created and 0 updated, sources 0 created and 0 updated.",
    ]);
    // Off a terminal, stderr has the database line and no progress bar.
    expect(first.err).not.toContain("[");
    const second = await run([target], true);
    expect(second.out[0]).toContain("2 predictions (0 created, 0 updated, 2 unchanged), 0 new judgements");
    expect(second.err).toContain("Importing ledger.csv [");
  });

  it("reads the format from the content when the name does not say, or from --format", async () => {
    const target = file("ledger.txt", csv.replace("It rains in May", "It rains in May; heavily"));
    const result = await run([target]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toContain("(CSV): 2 predictions (0 created, 1 updated, 1 unchanged)");
    const json = file("ledger.data", JSON.stringify({ format: "hindsight/v1", analysts: [], predictions: [] }));
    expect((await run([json, "--format", "json"])).code).toBe(0);
  });

  it("lists every problem with its line and column, exits 1 and writes nothing", async () => {
    const before = await database.db.prediction.count();
    const target = file(
      "bad.csv",
      `${csv}\r\ncli-3,ann-analyst,Ann Analyst,Sure thing,2025-01-10,1.5,,,\r\ncli-4,ann-analyst,Ann Analyst,,someday,0.5,,MAYBE,2025-02-01`,
    );
    const result = await run([target]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toBe(
      [
        `hindsight: ${target} is not a valid CSV ledger (4 problems); nothing was imported:`,
        '  line 4, column probability: Probability must be between 0 and 1; for 1.5 percent write "1.5%"',
        "  line 5, column claim: claim is required",
        "  line 5, column madeAt: madeAt must be a date (YYYY-MM-DD)",
        "  line 5, column outcome: outcome must be one of TRUE, FALSE, PARTIAL, AMBIGUOUS, ANNULLED",
        "",
      ].join("\n"),
    );
    expect(await database.db.prediction.count()).toBe(before);
  });

  it("lists a JSON file's problems by path", async () => {
    const target = file(
      "bad.json",
      JSON.stringify({
        format: "hindsight/v1",
        analysts: [{ slug: "ann-analyst", name: "Ann Analyst" }],
        predictions: [{ key: "cli-5", analyst: "nobody", claim: "x", madeAt: "2025-01-01", probability: 2 }],
      }),
    );
    const result = await run([target]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('  predictions[0].analyst: no analyst with slug "nobody" in this file\n');
    expect(result.err).toContain("  predictions[0].probability: Probability must be between 0 and 1\n");
  });

  it("says so when a stored rule refuses the file (a judged probability), exit 1", async () => {
    const target = file("changed.csv", csv.replace('June",2025-01-10,0.1', 'June",2025-01-10,0.2'));
    const result = await run([target]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      "hindsight: The probability of a judged prediction cannot change; nothing was imported:\n",
    );
    // The CSV's line and column, not the ledger's path.
    expect(result.err).toContain('  line 3, column probability: "cli-2" has been judged');
  });

  it("refuses a v1.1 file with fields it does not know, by path, and with --ignore-unknown-fields imports its questions and links", async () => {
    const before = await database.db.prediction.count();
    const target = file(
      "newer.json",
      JSON.stringify({
        format: "hindsight/v1",
        analysts: [{ slug: "ann-analyst", name: "Ann Analyst" }],
        questions: [
          {
            key: "q-cli",
            title: "It rains on 1 May",
            references: [{ probability: 0.3, source: "Climatology", asOf: "2025-01-01" }],
            resolution: { outcome: "PARTIAL", credit: 0.3, resolvedAt: "2025-05-02" },
            confidence: "high",
          },
        ],
        predictions: [
          {
            key: "cli-q",
            analyst: "ann-analyst",
            claim: "It stays dry on 1 May",
            madeAt: "2025-01-10",
            probability: 0.6,
            question: "q-cli",
            negated: true,
            weight: 2,
          },
        ],
      }),
    );
    const refused = await run([target]);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      [
        `hindsight: ${target} is not a valid JSON ledger (2 problems); nothing was imported:`,
        "  questions[0].confidence: unknown field",
        "  predictions[0].weight: unknown field",
        "hindsight: to import the file without the fields this Hindsight does not know, add --ignore-unknown-fields",
        "",
      ].join("\n"),
    );
    expect(await database.db.prediction.count()).toBe(before);

    const imported = await run([target, "--ignore-unknown-fields"]);
    expect(imported.code).toBe(0);
    expect(imported.err).toContain(
      "hindsight: left out 2 fields this Hindsight does not know: questions[0].confidence, predictions[0].weight\n",
    );
    expect(imported.out[0]).toContain(
      "questions 1 created, 0 updated and 1 judged, references 1 added and 0 corrected.",
    );
    expect(
      await database.db.prediction.findUniqueOrThrow({
        where: { key: "cli-q" },
        select: { outcome: true, credit: true },
      }),
    ).toEqual({ outcome: "PARTIAL", credit: 0.7 });
  });

  it("says when the file cannot be read", async () => {
    const result = await run([path.join(directory, "missing.csv")]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("missing.csv: no such file");
  });
});
