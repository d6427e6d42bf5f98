import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { seedDemo } from "@hindsight/db/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv, UsageError } from "../env";
import { exportCommand, parseExportArgs, type ExportOutput } from "./export";
import { importCommand } from "./import";

describe("parseExportArgs", () => {
  it.each([
    [[], { out: undefined, format: "json", help: false }],
    [["--out", "ledger.CSV"], { out: "ledger.CSV", format: "csv", help: false }],
    [["-o", "ledger.txt", "--format", "csv"], { out: "ledger.txt", format: "csv", help: false }],
    [["--out=all.csv", "--format=JSON"], { out: "all.csv", format: "json", help: false }],
    [["--format", "csv"], { out: undefined, format: "csv", help: false }],
    [["--help"], { out: undefined, format: "json", help: true }],
  ])("reads %j", (args, expected) => {
    expect(parseExportArgs(args)).toEqual(expected);
  });

  it.each([
    [["--format", "xml"], '--format must be json or csv, got "xml"'],
    [["--out", " "], "--out needs a file name"],
    [["--out"], "Option '-o, --out <value>' argument missing"],
    [["ledger.json"], "Unexpected argument 'ledger.json'"],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(UsageError);
    expect(() => parseExportArgs(args)).toThrow(message);
  });
});

describe("hindsight export against a database", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let directory: string;

  beforeAll(async () => {
    source = await createTestDatabase("hindsight_cli_export");
    target = await createTestDatabase("hindsight_cli_export_target");
    await seedDemo(source.db);
    directory = mkdtempSync(path.join(os.tmpdir(), "hindsight-cli-export-"));
  });
  afterAll(async () => {
    await source.drop();
    await target.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  const run = async (database: TestDatabase, args: string[]) => {
    let out = "";
    const err: string[] = [];
    const output: ExportOutput = {
      out: (text) => {
        out += text;
        return Promise.resolve();
      },
      err: (line) => err.push(line),
    };
    const code = await exportCommand(readEnv({ DATABASE_URL: database.url }), args, output);
    return { code, out, err };
  };

  it("writes the ledger's JSON alone on stdout, the same bytes each time", async () => {
    const first = await run(source, []);
    expect(first.code).toBe(0);
    const ledger = JSON.parse(first.out) as { format: string; predictions: unknown[] };
    expect(ledger.format).toBe("hindsight/v1");
    expect(ledger.predictions).toHaveLength(21);
    expect((await run(source, [])).out).toBe(first.out);
    expect(first.err.join("\n")).toContain("Database:");
  });

  it("writes CSV to --out, says where, and leaves no partial file behind", async () => {
    const file = path.join(directory, "ledger.csv");
    const result = await run(source, ["--out", file]);
    expect(result.code).toBe(0);
    expect(result.out).toBe("");
    expect(result.err.at(-1)).toMatch(/^Exported the ledger to .*ledger\.csv \(CSV, \d+\.\d kB\)\.$/);
    expect(readFileSync(file, "utf8").startsWith("key,analyst,analystName,")).toBe(true);
    expect(readdirSync(directory)).toEqual(["ledger.csv"]);
  });

  it("exports what `hindsight import` reads back into an empty database, byte for byte", async () => {
    const file = path.join(directory, "ledger.json");
    expect((await run(source, ["--out", file])).code).toBe(0);
    const summary: string[] = [];
    const code = await importCommand(readEnv({ DATABASE_URL: target.url }), [file], {
      out: (line) => summary.push(line),
      err: { write: () => true },
    });
    expect(code).toBe(0);
    expect(summary[0]).toContain("21 predictions (21 created, 0 updated, 0 unchanged)");
    expect((await run(target, [])).out).toBe(readFileSync(file, "utf8"));
  });

  it("fails without leaving a partial file when the target cannot be written", async () => {
    // A directory where the file should go: the rename over it fails, and the partial file beside it goes.
    await expect(run(source, ["--out", directory])).rejects.toThrow();
    const beside = readdirSync(path.dirname(directory)).filter((name) => name.startsWith(path.basename(directory)));
    expect(beside).toEqual([path.basename(directory)]);
    expect(existsSync(path.join(directory, "ledger.json"))).toBe(true);
  });
});
