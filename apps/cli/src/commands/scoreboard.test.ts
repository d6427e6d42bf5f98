import { createCaller, createContext } from "@hindsight/api";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "@hindsight/db/testing";
import type { Scoreboard } from "@hindsight/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv, UsageError } from "../env";
import { formatScoreboard, parseScoreboardArgs, scoreboardCommand } from "./scoreboard";

describe("parseScoreboardArgs", () => {
  it.each([
    [[], { json: false, tag: undefined, minScored: 5, help: false }],
    [["--json", "--tag", "russia", "--min-scored", "0"], { json: true, tag: "russia", minScored: 0, help: false }],
    [["--min-scored=12", "--tag=North Korea"], { json: false, tag: "North Korea", minScored: 12, help: false }],
    [["--help"], { json: false, tag: undefined, minScored: 5, help: true }],
    [
      ["--outlet", " Asia Times ", "--from", "2025-01", "--to", "2025-12"],
      { json: false, tag: undefined, outlet: "Asia Times", from: "2025-01", to: "2025-12", minScored: 5, help: false },
    ],
  ])("reads %j", (args, expected) => {
    expect(parseScoreboardArgs(args)).toEqual(expected);
  });

  it.each([
    [["--jsn"], "Unknown option '--jsn'"],
    [["extra"], "Unexpected argument 'extra'"],
    [["--tag"], "Option '--tag <value>' argument missing"],
    [["--tag", " "], "--tag needs a tag"],
    [["--min-scored", "2.5"], '--min-scored must be a whole number, got "2.5"'],
    [["--min-scored", "-1"], "--min-scored"],
    [["--min-scored", "five"], '--min-scored must be a whole number, got "five"'],
    [["--from", "2025-6"], '--from must be a month as YYYY-MM, got "2025-6"'],
    [["--to", "2025-13"], '--to must be a month as YYYY-MM, got "2025-13"'],
    [["--from", "2025-09", "--to", "2025-01"], "--from 2025-09 is after --to 2025-01"],
    [["--outlet", ""], "--outlet needs an outlet"],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseScoreboardArgs(args)).toThrow(UsageError);
    expect(() => parseScoreboardArgs(args)).toThrow(message);
  });
});

describe("formatScoreboard", () => {
  const analyst = (
    name: string,
    scored: number,
    brier: number | null,
    adjusted: number | null,
    rank: number | null,
  ) => ({
    slug: name.toLowerCase(),
    name,
    predictions: scored + 1,
    resolved: scored,
    scored,
    brier,
    logLoss: brier === null ? null : brier * 2,
    hitRate: brier === null ? null : 0.5,
    adjustedBrier: adjusted,
    rank,
    refSkill: null,
    refN: 0,
    relBrier: null,
    sharedN: 0,
    brierLow: brier,
    brierHigh: brier,
    rankLow: rank,
    rankHigh: rank,
  });

  // Dan Dunn has nothing scored: his adjusted Brier would be the population's 0.190, so n/a instead.
  it("aligns ranked analysts, then the unranked ones under their own line, to 3 decimals", () => {
    const board: Scoreboard = {
      population: { scored: 14, brier: 0.19 },
      analysts: [
        analyst("Alice Ames", 12, 0.14, 0.16545, 1),
        analyst("Bob", 5, 0.18, 0.1866667, 2),
        analyst("Dan Dunn", 0, null, 0.19, null),
      ],
    };
    expect(formatScoreboard(board, 5)).toBe(
      [
        "Population brier 0.190 over 14 scored predictions",
        "",
        "rank  analyst     scored  brier  log loss  hit rate  adjusted  vs ref  vs peers  hedge ranks",
        "   1  Alice Ames      12  0.140     0.280     0.500     0.165       -         -            1",
        "   2  Bob              5  0.180     0.360     0.500     0.187       -         -            2",
        "unranked (fewer than 5 scored)",
        "   -  Dan Dunn         0    n/a       n/a       n/a       n/a       -         -            -",
        "",
        "vs ref: refSkill against the reference forecast of the day (above 0 beats it), with how many had one;",
        "vs peers: relBrier against the others on the same questions (below 0 beats them), with how many questions;",
        "hedge ranks: the rank with hedge words read at their interval's low and high ends.",
        "n/a: not available, nothing scored yet.",
      ].join("\n"),
    );
  });

  it("shows the fair figures with their n, and flags a rank that depends on the hedge reading", () => {
    const board: Scoreboard = {
      population: { scored: 10, brier: 0.2 },
      analysts: [
        {
          ...analyst("Ann", 5, 0.1, 0.15, 1),
          refSkill: 0.24,
          refN: 4,
          relBrier: -0.08625,
          sharedN: 1,
          rankLow: 2,
          rankHigh: 1,
        },
        { ...analyst("Bo", 5, 0.3, 0.25, 2), refSkill: -1.7778, refN: 4, rankLow: 1, rankHigh: 2 },
      ],
    };
    const lines = formatScoreboard(board, 5).split("\n");
    expect(lines[3]).toMatch(/\+0\.240 \(4\)\s+-0\.086 \(1\)\s+1-2 \*$/);
    expect(lines[4]).toMatch(/-1\.778 \(4\)\s+-\s+1-2 \*$/);
    expect(lines.at(-1)).toBe(
      "hedge ranks: the rank with hedge words read at their interval's low and high ends (* depends on the reading).",
    );
  });

  it("says so when nothing matches", () => {
    expect(formatScoreboard({ population: { scored: 0, brier: null }, analysts: [] }, 5)).toBe(
      "Population brier - over 0 scored predictions\nNo predictions match.",
    );
  });
});

describe("hindsight scoreboard against a database", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("hindsight_cli_scoreboard");
    const editor = createCaller(createContext({ db: database.db, actor: await makeUser(database.db, "EDITOR") }));
    // (0.8 TRUE) and one open: brier (0.8 - 1)^2 = 0.04, the population's too, so adjusted 0.04;
    // logLoss -ln 0.8 = 0.2231436, hitRate 1.
    const judged = await editor.prediction.create(predictionInput({ source: undefined, probability: 0.8 }));
    await editor.prediction.judge({ predictionId: judged.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-02" });
    await editor.prediction.create(
      predictionInput({ source: undefined, claim: "Still open", resolveBy: "2030-01-01" }),
    );
  });
  afterAll(async () => {
    await database.drop();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("prints the data contract's JSON on stdout alone, progress on stderr", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const code = await scoreboardCommand(readEnv({ DATABASE_URL: database.url }), ["--json", "--min-scored", "1"]);
    expect(code).toBe(0);
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toEqual({
      population: { scored: 1, brier: expect.closeTo(0.04, 12) },
      analysts: [
        {
          slug: "tereza-novotna",
          name: "Tereza Novotna",
          predictions: 2,
          resolved: 1,
          scored: 1,
          brier: expect.closeTo(0.04, 12),
          logLoss: expect.closeTo(0.2231436, 6),
          hitRate: 1,
          adjustedBrier: expect.closeTo(0.04, 12),
          rank: 1,
          // v1.1: no question, no reference, no hedge: the readings are the plain brier and rank.
          refSkill: null,
          refN: 0,
          relBrier: null,
          sharedN: 0,
          brierLow: expect.closeTo(0.04, 12),
          brierHigh: expect.closeTo(0.04, 12),
          rankLow: 1,
          rankHigh: 1,
        },
      ],
    });
  });

  it("prints the table, with the analyst unranked below the default minimum", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await scoreboardCommand(readEnv({ DATABASE_URL: database.url }), [])).toBe(0);
    const printed = log.mock.calls.map((call) => String(call[0])).join("\n");
    expect(printed).toContain("Population brier 0.040 over 1 scored prediction\n");
    expect(printed).toContain("unranked (fewer than 5 scored)\n   -  Tereza Novotna       1  0.040");
  });
});
