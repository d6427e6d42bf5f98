import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPredictionInput, judgePredictionInput, listAnalystsInput, searchAnalystsInput } from "@hindsight/domain";
import { createTestDatabase, predictionInput, type TestDatabase } from "../testing/index";
import { listAnalysts, searchAnalysts } from "./analysts";
import { encodeNameCursor } from "./cursor";
import { judgePrediction } from "./judgements";
import { createPrediction } from "./predictions";

// The analyst directory, a page at a time by name: every analyst exactly once whatever the page
// size, namesakes included (they are told apart by id), `q` matching any part of a name in any case.

let database: TestDatabase;
const actor = { userId: null };
// Two namesakes, names that differ only in case, and names around them.
// A name with LIKE's wildcards in it, and one of 200 characters (the most a name may have), many of
// them two bytes long: the cursor after it must still be accepted.
const longName = `Ĳsbrand ${"Ŋ".repeat(191)}`;
const names = [
  "Ann Zed",
  "John Smith",
  "John Smith",
  "anna lee",
  "Anna Lee",
  "Bob Moss",
  "Zoe Quinn",
  "Percy 100% Sure_Thing",
  longName,
  "Tereza Novotná",
  "Novák Petr",
];
const slugs = [
  "ann-zed",
  "john-smith",
  "john-smith-2",
  "anna-lee-lower",
  "anna-lee",
  "bob-moss",
  "zoe-quinn",
  "percy-100-sure-thing",
  "ijsbrand",
  "tereza-novotna",
  "novak-petr",
];

const page = (input: Record<string, unknown>) => listAnalysts(database.db, listAnalystsInput.parse(input));

/** Walks every page of `input` with `limit`, returning the slugs in order and how many pages it took. */
async function walk(limit: number, q?: string) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const result = await page({ limit, cursor, q });
    seen.push(...result.items.map((analyst) => analyst.slug));
    cursor = result.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  return { seen, pages };
}

beforeAll(async () => {
  database = await createTestDatabase("hindsight_db_analysts");
  for (const [index, name] of names.entries()) {
    await database.db.analyst.create({ data: { name, slug: slugs[index]! } });
  }
  // Bob Moss: two predictions, one of them judged.
  const bob = await database.db.analyst.findUniqueOrThrow({ where: { slug: "bob-moss" }, select: { id: true } });
  const make = (claim: string) =>
    createPrediction(
      database.db,
      createPredictionInput.parse(
        predictionInput({ analyst: { mode: "existing", id: bob.id }, claim, source: undefined }),
      ),
      actor,
    );
  const judged = await make("The bill passes");
  await make("The rate falls");
  await judgePrediction(
    database.db,
    judgePredictionInput.parse({ predictionId: judged.id, version: 1, outcome: "TRUE", resolvedAt: "2025-06-01" }),
    actor,
    new Date("2026-01-01T00:00:00Z"),
  );
});

afterAll(async () => {
  await database?.drop();
});

describe("listAnalysts", () => {
  it("gives every analyst once, in name order, whatever the page size", async () => {
    // The order the database itself gives by name, namesakes by id.
    const expected = (
      await database.db.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "analyst" ORDER BY "name", "id"`
    ).map((row) => row.slug);
    expect(expected).toHaveLength(names.length);
    const all = await walk(100);
    expect(all.pages).toBe(1);
    expect(all.seen).toEqual(expected);
    for (const limit of [1, 2, 3, 6]) {
      const walked = await walk(limit);
      expect(walked.seen).toEqual(all.seen);
      expect(walked.pages).toBe(Math.ceil(names.length / limit));
    }
  });

  it("keeps names containing q, in any case, and pages through them too", async () => {
    const anna = await walk(1, "ANNA");
    expect(anna.seen.sort()).toEqual(["anna-lee", "anna-lee-lower"]);
    expect(anna.pages).toBe(2);
    // "ann" is in "Ann Zed" and both Annas, nowhere else.
    expect((await walk(10, "ann")).seen.sort()).toEqual(["ann-zed", "anna-lee", "anna-lee-lower"]);
    expect(await page({ q: "nobody" })).toEqual({ items: [], nextCursor: null });
  });

  it("takes q literally: LIKE's wildcards match only themselves", async () => {
    expect((await walk(10, "%")).seen).toEqual(["percy-100-sure-thing"]);
    expect((await walk(10, "_")).seen).toEqual(["percy-100-sure-thing"]);
    expect((await walk(10, "0% s")).seen).toEqual(["percy-100-sure-thing"]);
    expect((await walk(10, "\\")).seen).toEqual([]);
  });

  it("accepts the cursor after the longest names", async () => {
    const all = (await walk(100)).seen;
    const long = await database.db.analyst.findUniqueOrThrow({
      where: { slug: "ijsbrand" },
      select: { id: true, name: true },
    });
    const cursor = encodeNameCursor(long);
    expect(cursor.length).toBeGreaterThan(200);
    const after = await page({ limit: 100, cursor });
    expect(after.items.map((analyst) => analyst.slug)).toEqual(all.slice(all.indexOf("ijsbrand") + 1));
    // The widest a name can be written: 200 characters that JSON escapes as \uXXXX.
    for (const character of ["\u0001", "\ud800"]) {
      const widest = encodeNameCursor({ name: character.repeat(200), id: "c".repeat(30) });
      expect(widest.length).toBeGreaterThan(1600);
      expect(listAnalystsInput.parse({ cursor: widest }).cursor).toBe(widest);
    }
  });

  it("counts each analyst's predictions and judged ones", async () => {
    const { items } = await page({ q: "moss" });
    expect(items).toEqual([
      { id: expect.any(String), slug: "bob-moss", name: "Bob Moss", affiliation: null, predictions: 2, judged: 1 },
    ]);
    expect((await page({ q: "zoe" })).items[0]).toMatchObject({ predictions: 0, judged: 0 });
  });

  it("refuses a cursor it did not make", async () => {
    for (const cursor of ["not-a-cursor", Buffer.from('["only one"]').toString("base64url"), "W10"]) {
      await expect(page({ cursor })).rejects.toMatchObject({ code: "INVALID" });
    }
  });
});

describe("searchAnalysts (the analyst picker)", () => {
  const search = async (query: string, limit = 10) =>
    (await searchAnalysts(database.db, searchAnalystsInput.parse({ query, limit }))).map((analyst) => analyst.name);

  it.each([
    ["Novotná", ["Tereza Novotná"]],
    ["novotna", ["Tereza Novotná"]],
    ["NOVOTNA", ["Tereza Novotná"]],
    ["tereza novotna", ["Tereza Novotná"]],
    ["Teréza", ["Tereza Novotná"]],
  ])("finds %j in any case, accents ignored", async (query, expected) => {
    expect(await search(query)).toEqual(expected);
  });

  it("puts names that start with the query first, accents ignored, then the rest by name", async () => {
    // "nov" starts "Novák Petr" and is inside "Tereza Novotná".
    expect(await search("nov")).toEqual(["Novák Petr", "Tereza Novotná"]);
    expect(await search("NOVA")).toEqual(["Novák Petr"]);
  });

  it("leaves a query with more than letters, digits and spaces to the name alone, literally", async () => {
    expect(await search("???")).toEqual([]);
    // Literal: a wildcard or other punctuation is not dropped to widen the search.
    expect(await search("novotn%")).toEqual([]);
    expect(await search("novotn_")).toEqual([]);
    expect(await search("Ŋ")).toEqual([longName]);
  });
});

describe("listAnalysts with accents", () => {
  it("keeps names containing q with or without their accents", async () => {
    expect((await walk(10, "novotna")).seen).toEqual(["tereza-novotna"]);
    expect((await walk(10, "Novotná")).seen).toEqual(["tereza-novotna"]);
    expect((await walk(10, "novak")).seen).toEqual(["novak-petr"]);
  });
});
