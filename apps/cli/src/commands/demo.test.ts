import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { seedDemo } from "@hindsight/db/runtime";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv } from "../env";
import { demoCommand, formatRemoval } from "./demo";
import { scoresCommand } from "./scores";

describe("formatRemoval", () => {
  it("says what went and what stayed", () => {
    expect(
      formatRemoval({
        removed: {
          analysts: 5,
          sources: 18,
          questions: 1,
          references: 1,
          questionJudgements: 0,
          predictions: 49,
          judgements: 40,
          auditEvents: 52,
          tags: 1,
        },
        kept: [{ entity: "analyst", key: "ann-sample", name: "Ann (sample)", heldBy: ["p-1", "p-2"] }],
      }),
    ).toBe(
      [
        "Removed the sample newsroom: 5 analysts, 18 sources, 1 question (with 1 reference and 0 judgements), 49 predictions (with 40 judgements), 52 audit rows and 1 tag.",
        "Kept 1 sample row that predictions outside the sample still name:",
        '  analyst ann-sample ("Ann (sample)"), named by p-1, p-2',
        "They are removed by a later run once nothing outside the sample names them.",
      ].join("\n"),
    );
  });
});

describe("hindsight demo against a database", () => {
  let database: TestDatabase;
  const now = () => new Date("2026-12-05T10:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase("hindsight_cli_demo");
    await seedDemo(database.db);
  });
  afterAll(async () => {
    await database.drop();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const run = async (command: typeof demoCommand | typeof scoresCommand, args: string[]) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const code = await command(readEnv({ DATABASE_URL: database.url }), args, now);
    const printed = log.mock.calls.map((call) => String(call[0]));
    log.mockRestore();
    return { code, printed };
  };

  it("adds the sample next to the corpus, once", async () => {
    const added = await run(demoCommand, ["add-sample"]);
    expect(added.code).toBe(0);
    expect(added.printed.at(-1)).toBe(
      "Loaded the fictional sample newsroom (dated from 2026-12-05): 50 predictions created, 0 updated, 41 judgements appended. Remove it with `pnpm hindsight demo remove-sample`.",
    );
    expect((await run(demoCommand, ["add-sample"])).printed.at(-1)).toBe(
      "The sample newsroom is already there: nothing changed.",
    );
    expect(await database.db.prediction.count()).toBe(21 + 50);
  });

  it("removes it, prints what it removed, and the score check passes", async () => {
    const removed = await run(demoCommand, ["remove-sample", "--json"]);
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.printed.at(-1)!)).toMatchObject({
      removed: { analysts: 6, sources: 18, questions: 3, predictions: 50, judgements: 41 },
      kept: [],
    });
    expect(await database.db.prediction.count()).toBe(21);
    expect((await run(scoresCommand, ["check"])).code).toBe(0);
    const again = await run(demoCommand, ["remove-sample"]);
    expect(again.code).toBe(0);
    expect(again.printed.at(-1)).toBe("No sample newsroom in this database: nothing to remove.");
  });
});
