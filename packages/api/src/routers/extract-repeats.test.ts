import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { clientError, createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_repeats");
  const log = async (name: string, analyst: string, claim: string, quote: string) => {
    const made = await api.editor.prediction.create(
      predictionInput({ analyst: { mode: "new", name: analyst }, claim, quote, source: undefined }),
    );
    ids[name] = made.id;
  };
  await log(
    "ceasefire",
    "Victor Hale",
    "The ceasefire collapses before the end of 2025",
    "The ceasefire will collapse before the end of the year, said Victor Hale",
  );
  await log(
    "inflation",
    "Mara Quill",
    "Inflation eases by spring 2026",
    "Inflation may ease next spring as energy prices fall back from their winter highs.",
  );
  await log(
    "rates",
    "Ann Analyst",
    "The central bank does not cut rates in March 2025",
    "The central bank is unlikely to cut interest rates in March",
  );
  await api.editor.question.create({ key: "q-summit", title: "Trump and Kim hold a summit in 2025" });
});
afterAll(async () => {
  await api.database.drop();
});

const repeatsOf = async (claim: string, speaker: string | null) => {
  const [found] = await api.editor.extract.repeats({ candidates: [{ claim, speaker }] });
  return found?.matches ?? [];
};

describe("extract.repeats", () => {
  // Restatements of what is already logged: each must be flagged with the record it repeats.
  it.each<[string, string, string | null, string, boolean]>([
    [
      "the same sentence by the same analyst",
      "The ceasefire will collapse before the end of the year",
      "Victor Hale",
      "ceasefire",
      true,
    ],
    [
      "the same sentence by someone else (same event)",
      "The ceasefire will collapse before the end of the year",
      "Ruth Other",
      "ceasefire",
      false,
    ],
    ["a restated claim, same analyst", "Inflation should ease by next spring", "Mara Quill", "inflation", true],
    ["a restated claim, someone else", "Inflation will ease next spring", null, "inflation", false],
    [
      "the same analyst among several bylines",
      "The central bank is unlikely to cut interest rates in March",
      "Zoe Writer; Ann Analyst",
      "rates",
      true,
    ],
  ])("flags %s", async (_name, claim, speaker, existing, sameAnalyst) => {
    const [best] = await repeatsOf(claim, speaker);
    expect(best).toMatchObject({ kind: "prediction", id: ids[existing], sameAnalyst });
    expect(best?.score).toBeGreaterThanOrEqual(sameAnalyst ? 0.6 : 0.7);
  });

  it("flags a question about the same event, by its key", async () => {
    const [best] = await repeatsOf("Kim Jong Un and Donald Trump will hold a summit in 2025", "Ruth Other");
    expect(best).toMatchObject({ kind: "question", key: "q-summit", title: "Trump and Kim hold a summit in 2025" });
  });

  // Different forecasts that share the subject's words, and unrelated ones: none may be flagged.
  it.each<[string, string, string | null]>([
    ["the opposite direction, same analyst", "Inflation will rise next year", "Mara Quill"],
    ["another decision of the same bank, same analyst", "The central bank will raise rates in June", "Ann Analyst"],
    ["another decision of the same bank, someone else", "The central bank will raise rates in June", "Ruth Other"],
    ["another outcome of the same truce", "The ceasefire will hold through the winter", "Ruth Other"],
    ["an unrelated forecast", "Oil prices will double by 2027", "Victor Hale"],
    ["a claim with only stop words", "It will be what it will be", null],
  ])("does not flag %s", async (_name, claim, speaker) => {
    expect(await repeatsOf(claim, speaker)).toEqual([]);
  });

  it("answers per candidate by its place in the input, leaving out those without a repeat", async () => {
    const found = await api.editor.extract.repeats({
      candidates: [
        { claim: "Oil prices will double by 2027", speaker: null },
        { claim: "The ceasefire will collapse before the end of the year", speaker: "Victor Hale" },
      ],
    });
    expect(found.map((entry) => [entry.index, entry.matches.map((match) => match.kind)])).toEqual([
      [1, ["prediction"]],
    ]);
    expect(await api.editor.extract.repeats({ candidates: [] })).toEqual([]);
  });

  it("is for editors, and names a bad field", async () => {
    const input = { candidates: [{ claim: "Inflation will ease next spring", speaker: null }] };
    await expect(api.anonymous.extract.repeats(input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.viewer.extract.repeats(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const shape = await clientError(() =>
      api.editor.extract.repeats({ candidates: [{ claim: "x".repeat(2001), speaker: null }] }),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors).toEqual({ "candidates[0].claim": "claim must be at most 2000 characters" });
  });
});
