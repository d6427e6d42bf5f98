import type { ExtractedCandidate } from "@hindsight/domain";
import { describe, expect, it } from "vitest";
import {
  affiliationFor,
  articleResolver,
  articleSegments,
  cardFromCandidate,
  claimFromQuote,
  emptySource,
  formatOfFile,
  isHedgeReading,
  pathSegments,
  placeServerErrors,
  proposedSpeaker,
  splitAuthors,
  toLogInput,
  type ArticleFormValues,
} from "./article-values";

const text = "By Mara Quill\n\nPrices will rise before the end of the year, said Victor Hale.\n\nRates may fall.";

const candidate = (quote: string, overrides: Partial<ExtractedCandidate> = {}): ExtractedCandidate => {
  const start = text.indexOf(quote);
  return {
    quote,
    start,
    end: start + quote.length,
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
    confidence: 0.8,
    occurrences: 1,
    ...overrides,
  };
};

const willRise = candidate("Prices will rise before the end of the year, said Victor Hale", {
  speaker: "Victor Hale",
  speakerBasis: "attribution",
  claim: "Prices will rise before the end of the year",
  hedge: "will",
  probability: 0.95,
  interval: [0.95, 1],
  deadline: { date: "2025-12-31", text: "before the end of the year", explanation: "the last day of 2025" },
});
const mayFall = candidate("Rates may fall.", { hedge: "may", probability: 0.4, interval: [0.3, 0.51] });
const extraction = { text, candidates: [willRise, mayFall] };

const formValues = (overrides: Partial<ArticleFormValues> = {}): ArticleFormValues => ({
  source: { ...emptySource(), title: "Prices", publishedAt: "2025-04-25", authors: "Mara Quill" },
  cards: extraction.candidates.map((found) => cardFromCandidate(found, ["Mara Quill"])),
  ...overrides,
});

describe("prefilling a card", () => {
  it("starts from the quote, the attributed speaker, the hedge's reading and the deadline found", () => {
    expect(cardFromCandidate(willRise, ["Mara Quill"])).toEqual({
      keep: true,
      // The extractor's claim, without "said Victor Hale"; the quote keeps the exact words.
      claim: "Prices will rise before the end of the year",
      speaker: "Victor Hale",
      probability: "95%",
      probabilitySource: "ESTIMATE",
      conditional: false,
      condition: "",
      resolveBy: "2025-12-31",
      tags: "",
    });
    expect(cardFromCandidate(mayFall, ["Mara Quill"])).toMatchObject({
      speaker: "Mara Quill",
      claim: "Rates may fall",
    });
    expect(cardFromCandidate(candidate("Rates may fall."), [])).toMatchObject({ speaker: "", probability: "" });
  });

  it.each([
    ["the talks will fail.", "The talks will fail"],
    ["  Prices may rise;  ", "Prices may rise"],
    ["", ""],
  ])("claimFromQuote(%j) = %j", (quote, claim) => {
    expect(claimFromQuote(quote)).toBe(claim);
  });

  it.each([
    [{ speaker: "Ann Lee; Bo Chan" }, [], "Ann Lee"],
    [{ speaker: null }, ["Mara Quill", "Ann Lee"], "Mara Quill"],
    [{ speaker: null }, [], ""],
  ])("proposes one speaker from %j and byline %j", (found, byline, speaker) => {
    expect(proposedSpeaker(found, byline)).toBe(speaker);
  });

  it("splits a byline on commas and semicolons, dropping blanks and repeats", () => {
    expect(splitAuthors(" Mara Quill;Ann  Lee, , Mara Quill ")).toEqual(["Mara Quill", "Ann Lee"]);
  });
});

describe("the speaker's apposition", () => {
  const text = "Inflation will fall below 3% by mid-2027, said Marta Kowalczyk, chief economist at Baltic Bank.";
  const quote = text.slice(0, -1);
  const found: ExtractedCandidate = {
    ...candidate(quote),
    start: 0,
    end: quote.length,
    speaker: "Marta Kowalczyk",
    speakerBasis: "attribution",
    affiliation: "chief economist at Baltic Bank",
    claim: "Inflation will fall below 3% by mid-2027",
    hedge: "will",
    probability: 0.95,
    interval: [0.95, 1],
  };
  const values = (speaker: string): ArticleFormValues => ({
    source: { ...emptySource(), title: "Rates", publishedAt: "2026-03-02" },
    cards: [{ ...cardFromCandidate(found, []), speaker }],
  });

  it("prefills the claim without the attribution and the speaker without the apposition", () => {
    expect(cardFromCandidate(found, [])).toMatchObject({
      claim: "Inflation will fall below 3% by mid-2027",
      speaker: "Marta Kowalczyk",
    });
  });

  it("sends the apposition as the new analyst's affiliation, and keeps the quote's exact words", () => {
    const { input } = toLogInput(values("Marta Kowalczyk"), { text, candidates: [found] });
    expect(input.predictions[0]).toMatchObject({
      analyst: { mode: "new", name: "Marta Kowalczyk", affiliation: "chief economist at Baltic Bank" },
      quote,
      claim: "Inflation will fall below 3% by mid-2027",
    });
  });

  it("sends no affiliation once the editor names someone else", () => {
    const { input } = toLogInput(values("Jonas Weber"), { text, candidates: [found] });
    expect(input.predictions[0]?.analyst).toEqual({ mode: "new", name: "Jonas Weber" });
  });

  it.each([
    [
      { speaker: "Marta Kowalczyk", speakerBasis: "attribution", affiliation: "chief economist" },
      "marta  kowalczyk",
      "chief economist",
    ],
    [{ speaker: "Mara Quill", speakerBasis: "byline", affiliation: "columnist" }, "Mara Quill", undefined],
    [
      { speaker: "Jan Hollis", speakerBasis: "source", affiliation: "economist at Kestrel" },
      "Jan Hollis",
      "economist at Kestrel",
    ],
    [{ speaker: "Ann Lee", speakerBasis: "attribution", affiliation: "x".repeat(201) }, "Ann Lee", undefined],
    [{ speaker: "Ann Lee", speakerBasis: "attribution", affiliation: null }, "Ann Lee", undefined],
  ] as const)("affiliationFor(%j, %j) = %j", (found, speaker, expected) => {
    expect(affiliationFor({ speaker }, found)).toBe(expected);
  });
});

describe("toLogInput", () => {
  it("sends the ticked cards, as read from the hedge while the number is the hedge's", () => {
    const values = formValues();
    values.cards[1] = { ...values.cards[1]!, probability: "0.3", probabilitySource: "STATED", tags: "Rates, rates" };
    const { input, ticked } = toLogInput(values, extraction);
    expect(ticked).toEqual([0, 1]);
    expect(input.source).toEqual({
      title: "Prices",
      outlet: "",
      url: "",
      publishedAt: "2025-04-25",
      authors: ["Mara Quill"],
      text,
    });
    expect(input.predictions[0]).toMatchObject({
      analyst: { mode: "new", name: "Victor Hale" },
      quote: willRise.quote,
      quoteStart: willRise.start,
      quoteEnd: willRise.end,
      probability: 0.95,
      probabilitySource: "HEDGE",
      hedge: "will",
      interval: [0.95, 1],
      resolveBy: "2025-12-31",
    });
    expect(input.predictions[1]).toMatchObject({ probability: 0.3, probabilitySource: "STATED", tags: ["Rates"] });
    expect(input.predictions[1]).not.toHaveProperty("hedge");
    expect(input.predictions[1]).not.toHaveProperty("interval");
  });

  it.each([
    ["95", true, 0.95],
    ["95 %", true, 0.95],
    ["0.95", true, 0.95],
    ["94", false, 0.94],
    ["30", false, 0.3],
    ["30%", false, 0.3],
    ["0.3", false, 0.3],
  ])(
    "reads %j typed on a card of a hedge read as 95%: from the hedge %s, probability %d",
    (typed, fromHedge, value) => {
      const values = formValues();
      values.cards[0] = { ...values.cards[0]!, probability: typed };
      expect(isHedgeReading(values.cards[0], willRise)).toBe(fromHedge);
      const { input, problems } = toLogInput(values, extraction);
      expect(problems).toEqual([]);
      expect(input.predictions[0]).toMatchObject({
        probability: value,
        probabilitySource: fromHedge ? "HEDGE" : "ESTIMATE",
      });
    },
  );

  it("sends an unreadable probability as absent, with its problem for the card", () => {
    const values = formValues();
    values.cards[1] = { ...values.cards[1]!, probability: "150" };
    const { input, problems } = toLogInput(values, extraction);
    expect(input.predictions[1]?.probability).toBeUndefined();
    expect(problems).toEqual([["cards.1.probability", "Probability must be between 0% and 100%, not “150”"]]);
  });

  it("leaves out unticked cards and a condition whose box is unticked", () => {
    const values = formValues();
    values.cards[0] = { ...values.cards[0]!, keep: false };
    values.cards[1] = { ...values.cards[1]!, condition: "If oil falls", conditional: false };
    const { input, ticked } = toLogInput(values, extraction);
    expect(ticked).toEqual([1]);
    expect(input.predictions).toHaveLength(1);
    expect(input.predictions[0]?.condition).toBeUndefined();
  });
});

describe("placing errors on the cards", () => {
  it.each([
    ["predictions[1].probability", [0, 2], "cards.2.probability"],
    ["predictions.1.analyst.name", [0, 2], "cards.2.speaker"],
    ["predictions[0].interval", [3], "cards.3.probability"],
    ["predictions[0].tags[1]", [3], "cards.3.tags"],
    ["predictions[0].quote", [3], "cards.3.keep"],
    ["source.url", [0], "source.url"],
    ["source.authors[0]", [0], "source.authors"],
  ])("%s with ticked cards %j goes on %s", (path, ticked, field) => {
    expect(placeServerErrors({ [path]: "Wrong" }, ticked).onFields).toEqual([[field, "Wrong"]]);
  });

  it("shows the article's and the list's errors apart", () => {
    expect(
      placeServerErrors(
        { "source.text": "Too long", predictions: "Tick at least one prediction to log", _: "Gone" },
        [],
      ),
    ).toEqual({ onFields: [], article: "Too long", unplaced: ["Tick at least one prediction to log", "Gone"] });
  });

  it("reads paths in both notations", () => {
    expect(pathSegments("predictions[12].analyst.name")).toEqual(["predictions", 12, "analyst", "name"]);
    expect(pathSegments("predictions.12.tags.0")).toEqual(["predictions", 12, "tags", 0]);
  });

  it("validates with the domain's schema, each error on its card", async () => {
    const values = formValues();
    values.cards[0] = { ...values.cards[0]!, keep: false };
    values.cards[1] = { ...values.cards[1]!, probability: "", speaker: " ", resolveBy: "2024-01-01" };
    const result = await articleResolver(() => extraction)(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors).toMatchObject({
      cards: [
        undefined,
        {
          probability: { message: "Probability is required: type a percentage such as 60%" },
          speaker: { message: "Analyst name is required" },
        },
      ],
    });
    const valid = await articleResolver(() => extraction)(formValues(), undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(valid.errors).toEqual({});
    expect(valid.values).toMatchObject({
      predictions: [{ claim: willRise.claim, quote: willRise.quote }, { claim: "Rates may fall" }],
    });
  });
});

describe("articleSegments", () => {
  it("cuts the text into plain runs and quotes, in order", () => {
    const segments = articleSegments(text, [mayFall, willRise]);
    expect(segments.map((segment) => [segment.candidate, segment.text])).toEqual([
      [null, "By Mara Quill\n\n"],
      [1, willRise.quote],
      [null, ".\n\n"],
      [0, "Rates may fall."],
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("marks an overlapping quote from where the earlier ends, and skips one inside another", () => {
    const segments = articleSegments("abcdefghij", [
      { start: 0, end: 5 },
      { start: 3, end: 8 },
      { start: 1, end: 4 },
    ]);
    expect(segments.map((segment) => [segment.candidate, segment.text])).toEqual([
      [0, "abcde"],
      [1, "fgh"],
      [null, "ij"],
    ]);
  });
});

it.each([
  [{ name: "article.html", type: "" }, "html"],
  [{ name: "page.HTM", type: "" }, "html"],
  [{ name: "notes", type: "text/html" }, "html"],
  [{ name: "article.txt", type: "text/plain" }, "text"],
])("formatOfFile(%j) = %s", (file, format) => {
  expect(formatOfFile(file)).toBe(format);
});
