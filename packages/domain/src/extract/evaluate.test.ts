import { describe, expect, it } from "vitest";
import {
  checkTargets,
  evaluateArticle,
  extractionLabelsSchema,
  findOccurrences,
  hedgeMatches,
  HELDOUT_TARGETS,
  labelledPublicationDate,
  labelsAsCandidates,
  speakerMatches,
  spansOverlap,
  totalEvaluation,
  type EvaluatedCandidate,
  type EvaluationCounts,
  type LabelledPrediction,
} from "./evaluate";

describe("spansOverlap", () => {
  it.each([
    [{ start: 0, end: 5 }, { start: 5, end: 10 }, false], // touching ends share no character
    [{ start: 0, end: 5 }, { start: 4, end: 10 }, true],
    [{ start: 4, end: 10 }, { start: 0, end: 5 }, true],
    [{ start: 2, end: 3 }, { start: 0, end: 10 }, true], // inside
    [{ start: 0, end: 10 }, { start: 2, end: 3 }, true], // around
    [{ start: 3, end: 3 }, { start: 0, end: 10 }, false], // empty
    [{ start: 11, end: 20 }, { start: 0, end: 10 }, false],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(spansOverlap(a, b)).toBe(expected);
  });
});

describe("findOccurrences", () => {
  it("finds every occurrence, overlapping ones included", () => {
    expect(findOccurrences("aaa", "aa")).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(findOccurrences("x will y. x will y.", "will y")).toEqual([
      { start: 2, end: 8 },
      { start: 12, end: 18 },
    ]);
  });

  it("is exact: case and apostrophes must match, and nothing is found for an empty quote", () => {
    expect(findOccurrences("Korea’s passing", "Korea's passing")).toEqual([]);
    expect(findOccurrences("Will", "will")).toEqual([]);
    expect(findOccurrences("abc", "")).toEqual([]);
  });
});

describe("speakerMatches", () => {
  it.each([
    ["author", null, true],
    ["author (South China Morning Post)", null, true],
    ["Author", null, true],
    ["author", "Tereza Novotna", false],
    ["Tereza Novotna", null, false],
    ["Tereza Novotna", "Tereza Novotna", true],
    ["Tereza Novotna", " tereza  NOVOTNA ", true],
    ["Tereza Novotna", "Tereza", false],
    ["Conan O’Brien", "Conan O'Brien", true],
    // Several names: the same set, in any order; one of two is not enough.
    ["Phar Kim Beng; Ruhanas Harun", "Ruhanas Harun; Phar Kim Beng", true],
    ["Phar Kim Beng; Ruhanas Harun", "Phar Kim Beng;Ruhanas Harun", true],
    ["Phar Kim Beng; Ruhanas Harun", "Phar Kim Beng", false],
    ["Phar Kim Beng", "Phar Kim Beng; Ruhanas Harun", false],
  ])("label %j, extracted %j: %s", (labelled, speaker, expected) => {
    expect(speakerMatches(labelled, speaker)).toBe(expected);
  });
});

describe("hedgeMatches", () => {
  it.each([
    ["will", "will", true],
    ["will", "Will", true],
    ["may well", "may  well", true],
    ["may well", "may", false],
    ["may", "may well", false],
    ["won't", "won’t", true],
    ["seem bleak", "Seem Bleak", true],
    ["at risk", null, false],
    ["will", "will not", false],
    // A label in parts: any part, or the whole with or without the dots.
    ["perhaps ... may", "may", true],
    ["perhaps ... may", "Perhaps", true],
    ["perhaps ... may", "perhaps ... may", true],
    ["perhaps ... may", "perhaps…may", true],
    ["perhaps ... may", "perhaps may", true],
    ["perhaps ... may", "might", false],
    ["perhaps ... may", "perhaps might", false],
  ])("label %j, extracted %j: %s", (labelled, hedge, expected) => {
    expect(hedgeMatches(labelled, hedge)).toBe(expected);
  });
});

describe("evaluateArticle", () => {
  // Offsets worked out by hand:
  //   "Prices will rise" 0-16 and 48-64, "Rates may fall" 18-32, "said Ann Lee" 34-46; 65 characters.
  const text = "Prices will rise. Rates may fall, said Ann Lee. Prices will rise.";
  const candidate = (
    start: number,
    end: number,
    speaker: string | null,
    hedge: string | null,
    probability: number | null = null,
  ) => ({ quote: text.slice(start, end), start, end, speaker, hedge, probability }) satisfies EvaluatedCandidate;
  const label = (quote: string, speaker: string, hedge: string): LabelledPrediction => ({ quote, speaker, hedge });
  const prices = label("Prices will rise", "author", "will");
  const rates = label("Rates may fall", "Ann Lee", "may");
  const wages = label("Wages could stall", "author", "could"); // not in the text: a labelling slip

  it("counts found labels, candidates on labels, and speaker and hedge on the best overlap", () => {
    const candidates = [
      candidate(48, 65, null, "will", 0.95), // the second "Prices will rise": 16 characters of overlap
      candidate(18, 46, "Ann Lee", "might"), // "Rates may fall": 14 characters, the wrong hedge
      candidate(10, 20, "Bob", "may", 0.4), // 6 characters of the first "Prices will rise", 2 of "Rates may fall"
      candidate(33, 46, "Ann Lee", null), // " said Ann Lee": starts after "Rates may fall" ends
    ];
    const result = evaluateArticle(text, [prices, rates, wages], candidates);
    expect(result).toMatchObject({
      labels: 3,
      candidates: 4,
      found: 2,
      candidatesOnLabels: 3,
      speakerCorrect: 2,
      hedgeCorrect: 1,
      // The best overlap of "Prices will rise" has 0.95; of "Rates may fall", none (the 0.4 overlaps it less).
      withProbability: 1,
      recall: 2 / 3,
      precision: 3 / 4,
      speaker: 1,
      hedge: 1 / 2,
      probability: 1 / 2,
    });
    expect(result.outcomes.map((outcome) => outcome.match?.index ?? null)).toEqual([0, 1, null]);
    expect(result.outcomes[0]?.occurrences).toEqual([
      { start: 0, end: 16 },
      { start: 48, end: 64 },
    ]);
    expect(result.outcomes[1]).toMatchObject({ speakerCorrect: true, hedgeCorrect: false });
    expect(result.outcomes[2]).toMatchObject({ occurrences: [], match: null, speakerCorrect: false });
    expect(result.falsePositives).toEqual([candidates[3]]);
  });

  it("judges a tie by the earliest candidate", () => {
    const result = evaluateArticle(
      text,
      [rates],
      [candidate(18, 25, "Bob", "may"), candidate(25, 32, "Ann Lee", "may")], // 7 characters each
    );
    expect(result.outcomes[0]?.match?.index).toBe(0);
    expect(result).toMatchObject({ found: 1, speakerCorrect: 0, hedgeCorrect: 1, speaker: 0, hedge: 1 });
  });

  it("gives null rates when there is nothing to divide by", () => {
    expect(evaluateArticle(text, [], [])).toMatchObject({
      recall: null,
      precision: null,
      speaker: null,
      hedge: null,
      probability: null,
    });
    expect(evaluateArticle(text, [prices], [])).toMatchObject({ recall: 0, precision: null, speaker: null });
  });
});

describe("labelsAsCandidates", () => {
  const text =
    "Prices will rise next year, Ana Ruiz said. Rates could fall. Growth will slow, the bank said. Jobs may vanish.";
  const first: LabelledPrediction[] = [
    { quote: "Prices will rise next year", speaker: "Ana Ruiz", hedge: "will" },
    { quote: "Rates could fall", speaker: "author", hedge: "could" },
    { quote: "Growth will slow", speaker: "Kestrel Bank", hedge: "will" },
  ];
  const second: LabelledPrediction[] = [
    { quote: "Prices will rise", speaker: "Kestrel Bank", hedge: "will" },
    { quote: "Rates could fall", speaker: "author (Daily Ledger)", hedge: "could" },
    { quote: "Jobs may vanish", speaker: "author", hedge: "may" },
    { quote: "not in the text", speaker: "author", hedge: "will" },
  ];

  it("puts each label at its first occurrence, the unnamed author as null", () => {
    expect(labelsAsCandidates(text, second).map((c) => [c.start, c.end, c.speaker])).toEqual([
      [0, 16, "Kestrel Bank"],
      [43, 59, null],
      [94, 109, null],
      [0, 0, null],
    ]);
  });

  it("scores a second labelling against the first: found, shared and agreed speakers", () => {
    const evaluation = evaluateArticle(text, first, labelsAsCandidates(text, second));
    // Found: the first two labels (the third, "Growth will slow", the second labeller left out).
    // Shared: two of the four second labels lie on a first one. Speakers agree on one of the two found.
    expect([evaluation.found, evaluation.candidatesOnLabels, evaluation.speakerCorrect]).toEqual([2, 2, 1]);
    expect([evaluation.recall, evaluation.precision, evaluation.speaker]).toEqual([2 / 3, 2 / 4, 1 / 2]);
  });
});

describe("totalEvaluation", () => {
  it("micro-averages: sums the counts, then divides", () => {
    const counts = (labels: number, candidates: number, found: number, onLabels: number, speaker: number) =>
      ({
        labels,
        candidates,
        found,
        candidatesOnLabels: onLabels,
        speakerCorrect: speaker,
        hedgeCorrect: found,
        withProbability: speaker,
      }) satisfies EvaluationCounts;
    const total = totalEvaluation([counts(10, 10, 9, 9, 9), counts(2, 8, 0, 0, 0)]);
    // Macro-averaged recall would be (0.9 + 0) / 2 = 0.45; every label weighs the same instead.
    expect(total).toEqual({
      labels: 12,
      candidates: 18,
      found: 9,
      candidatesOnLabels: 9,
      speakerCorrect: 9,
      hedgeCorrect: 9,
      withProbability: 9,
      recall: 9 / 12,
      precision: 9 / 18,
      speaker: 1,
      hedge: 1,
      probability: 1,
    });
  });
});

describe("checkTargets", () => {
  it("passes a rate at or above its target and fails a lower or undefined one; hedge has no target", () => {
    expect(checkTargets({ recall: 0.9, precision: 0.59, speaker: null, hedge: 0.1, probability: 0.2 })).toEqual([
      { metric: "recall", target: 0.9, value: 0.9, passed: true },
      { metric: "precision", target: 0.6, value: 0.59, passed: false },
      { metric: "speaker", target: 0.8, value: null, passed: false },
    ]);
  });

  it("checks the held-out targets, the share with a probability among them", () => {
    const rates = { recall: 0.85, precision: 0.7, speaker: 0.9, hedge: null, probability: 0.89 };
    expect(checkTargets(rates, HELDOUT_TARGETS).map((check) => [check.metric, check.passed])).toEqual([
      ["recall", true],
      ["precision", true],
      ["speaker", true],
      ["probability", false],
    ]);
  });
});

describe("labelledPublicationDate", () => {
  it.each([
    ["2025-04-25", "2025-04-25T00:00:00.000Z"],
    ["2024-12", "2024-12-01T00:00:00.000Z"],
    ["2024", "2024-01-01T00:00:00.000Z"],
  ])("reads %s as %s", (publishedAt, expected) => {
    expect(labelledPublicationDate(publishedAt).toISOString()).toBe(expected);
  });

  it.each(["2025-02-30", "2025-13", "25 April 2025", ""])("refuses %j", (publishedAt) => {
    expect(() => labelledPublicationDate(publishedAt)).toThrow();
  });
});

describe("extractionLabelsSchema", () => {
  it("reads a labels file, authors defaulting to none", () => {
    const parsed = extractionLabelsSchema.parse({
      articles: [
        {
          file: "articles/a.txt",
          publishedAt: "2024-12",
          predictions: [{ quote: "2025 will be nothing like 2017", speaker: "author", hedge: "will", note: "x" }],
        },
      ],
    });
    expect(parsed.articles[0]?.authors).toEqual([]);
    expect(parsed.articles[0]?.predictions[0]?.note).toBe("x");
  });

  it("names the field of a bad label", () => {
    const parsed = extractionLabelsSchema.safeParse({
      articles: [
        { file: "a.txt", publishedAt: "2024-12", predictions: [{ quote: "", speaker: "author", hedge: "will" }] },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["articles", 0, "predictions", 0, "quote"]);
  });

  it("reads a held-out article's split and source, and refuses a split it does not know", () => {
    const article = { file: "a.txt", publishedAt: "2024-12", source: "https://example.org/a", predictions: [] };
    expect(extractionLabelsSchema.parse({ articles: [{ ...article, split: "dev" }] }).articles[0]).toMatchObject({
      split: "dev",
      source: "https://example.org/a",
    });
    const parsed = extractionLabelsSchema.safeParse({ articles: [{ ...article, split: "train" }] });
    expect(parsed.error?.issues[0]?.path).toEqual(["articles", 0, "split"]);
  });
});
