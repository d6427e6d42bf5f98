import { createCaller, createContext } from "@hindsight/api";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "@hindsight/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv, UsageError } from "../env";
import { formatCheck, parseScoresArgs, scoresCommand } from "./scores";

describe("parseScoresArgs", () => {
  it.each([
    [["check"], { json: false, repair: false, help: false }],
    [["check", "--json", "--repair"], { json: true, repair: true, help: false }],
    [["--help"], { json: false, repair: false, help: true }],
  ])("reads %j", (args, expected) => {
    expect(parseScoresArgs(args)).toEqual(expected);
  });

  it.each([
    [[], "scores needs an action"],
    [["fix"], 'unknown scores action "fix"'],
    [["check", "--fast"], "Unknown option '--fast'"],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseScoresArgs(args)).toThrow(UsageError);
    expect(() => parseScoresArgs(args)).toThrow(message);
  });
});

describe("formatCheck", () => {
  it("lists each differing cell on its own line", () => {
    expect(
      formatCheck({
        predictions: 12,
        cells: 30,
        differences: [
          { analyst: "ann-able", grain: "all", key: "", fields: ["scored: expected 2, found 3"] },
          { analyst: "ann-able", grain: "month", key: "2025-04", fields: ["predictions: expected 1, found 0"] },
        ],
      }),
    ).toBe(
      [
        "Checked 30 aggregate cells against 12 predictions: 2 cells differ.",
        "  ann-able all: scored: expected 2, found 3",
        "  ann-able month 2025-04: predictions: expected 1, found 0",
      ].join("\n"),
    );
  });
});

describe("hindsight scores check against a database", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("hindsight_cli_scores");
    const editor = createCaller(createContext({ db: database.db, actor: await makeUser(database.db, "EDITOR") }));
    const judged = await editor.prediction.create(predictionInput({ source: undefined, probability: 0.8 }));
    await editor.prediction.judge({ predictionId: judged.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-02" });
  });
  afterAll(async () => {
    await database.drop();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const run = async (args: string[]) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const code = await scoresCommand(readEnv({ DATABASE_URL: database.url }), args);
    const printed = log.mock.calls.map((call) => String(call[0]));
    log.mockRestore();
    return { code, printed };
  };

  it("exits 0 when the aggregates agree with the raw rows", async () => {
    const { code, printed } = await run(["check", "--json"]);
    expect(code).toBe(0);
    // One prediction, no source, two tags: cells all, year, month and one per tag.
    expect(JSON.parse(printed[0]!)).toEqual({ predictions: 1, cells: 5, differences: [] });
  });

  it("exits 1 and names the difference when a cell is wrong, and --repair rebuilds it", async () => {
    await database.db.$executeRaw`UPDATE "score_cell" SET "sumHit" = 0 WHERE "grain" = 'all'`;
    const broken = await run(["check"]);
    expect(broken.code).toBe(1);
    expect(broken.printed.at(-1)).toBe(
      "Checked 5 aggregate cells against 1 prediction: 1 cell differs.\n  tereza-novotna all: sumHit: expected 1, found 0",
    );
    const repaired = await run(["check", "--repair"]);
    expect(repaired.code).toBe(0);
    expect(repaired.printed.at(-1)).toBe("Checked 5 aggregate cells against 1 prediction: all agree.");
  });
});
