import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";

const published = new Date("2026-03-02T00:00:00.000Z");
const speakers = (text: string) =>
  extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => [
    candidate.quote,
    candidate.speaker,
    candidate.speakerBasis,
  ]);

describe("an article that credits one source", () => {
  it("gives that source the forecasts no sentence credits to anyone, marked as such", () => {
    const text = [
      "Smartphone sales will rise 5 percent this year, Harbour Research said on Monday.",
      "Sales of basic phones could be especially strong in emerging markets.",
      "Tablet shipments will fall for a third year.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      [
        "Smartphone sales will rise 5 percent this year, Harbour Research said on Monday",
        "Harbour Research",
        "attribution",
      ],
      ["Sales of basic phones could be especially strong in emerging markets", "Harbour Research", "source"],
      ["Tablet shipments will fall for a third year", "Harbour Research", "source"],
    ]);
  });

  it("leaves them unnamed when the article credits two sources", () => {
    const text = [
      "Smartphone sales will rise 5 percent this year, Harbour Research said.",
      "Tablet shipments will fall, according to Delmar Analytics.",
      "Sales of basic phones could be especially strong in emerging markets.",
    ].join("\n\n");
    expect(speakers(text)[2]).toEqual([
      "Sales of basic phones could be especially strong in emerging markets",
      null,
      "none",
    ]);
  });

  it("leaves views credited to nobody in particular unnamed: unnamed groups, consensus, the writer's judgement", () => {
    const text = [
      "Smartphone sales will rise 5 percent this year, Harbour Research said.",
      "Prices could fall by a tenth, analysts said.",
      "The central bank is widely expected to hold rates steady next week.",
      "However, this is unlikely to last.",
    ].join("\n\n");
    expect(
      speakers(text)
        .slice(1)
        .map(([, speaker, basis]) => [speaker, basis]),
    ).toEqual([
      [null, "none"],
      [null, "none"],
      [null, "none"],
    ]);
  });

  it("leaves a byline's forecasts to the byline", () => {
    const text = [
      "By Ana Ruiz",
      "Smartphone sales will rise 5 percent this year, Harbour Research said.",
      "I think tablets will make a comeback next year.",
    ].join("\n\n");
    expect(speakers(text)[1]?.slice(1)).toEqual(["Ana Ruiz", "byline"]);
  });

  it("leaves the writer's lede before the source is first credited, and a view credited to someone unnamed", () => {
    const text = [
      "Rising seas could displace millions by 2100.",
      "Sea ice will vanish from the strait by 2040, said the Nordic Ocean Council.",
      "Fares will rise, said the driver.",
      "Ferries will run year-round by 2045, according to its calendar.",
      "Fishing grounds will move north.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker, basis]) => [speaker, basis])).toEqual([
      [null, "none"],
      ["Nordic Ocean Council", "attribution"],
      [null, "none"],
      [null, "none"],
      ["Nordic Ocean Council", "source"],
    ]);
  });
});

describe("a report built mostly on one source, quoting others besides (eleventh round)", () => {
  const main = [
    "Delmar Analytics expects a milder decline.",
    "Smartphone sales will rise 5 percent this year, Harbour Research said on Monday.",
    "The firm expects tablet shipments to fall for a third year.",
    "Harbour Research also predicts that prices will climb.",
  ];

  it("gives the main source the forecasts no sentence credits (three credits, three in five)", () => {
    const text = [...main, "Sales of basic phones could be especially strong in emerging markets."].join("\n\n");
    expect(speakers(text).at(-1)).toEqual([
      "Sales of basic phones could be especially strong in emerging markets",
      "Harbour Research",
      "source",
    ]);
  });

  it("leaves them unnamed when no source holds most of the credits, or when a byline signs the report", () => {
    const balanced = [
      "Kestrel Bank expects prices to rebound.",
      "Nomura predicts that prices will rebound.",
      ...main,
      "Sales of basic phones could be strong.",
    ];
    expect(speakers(balanced.join("\n\n")).at(-1)?.slice(1)).toEqual([null, "none"]);
    const signed = [
      "By Ana Ruiz",
      "",
      ...main,
      "Sales of basic phones could be especially strong in emerging markets.",
    ];
    expect(speakers(signed.join("\n\n")).at(-1)?.[2]).toBe("byline");
  });

  it("leaves a forecast right after another source's alone", () => {
    const text = [...main, "Nomura expects a rebound.", "Sales of basic phones could be especially strong."];
    expect(speakers(text.join("\n\n")).at(-1)?.slice(1)).toEqual([null, "none"]);
  });

  it("leaves the writer's first person and a consensus alone", () => {
    const text = [...main, "We think basic phones could sell well.", "A rebound is widely expected next year."];
    expect(
      speakers(text.join("\n\n"))
        .slice(-2)
        .map(([, speaker]) => speaker),
    ).toEqual([null, null]);
  });
});

describe("the only source credited later in the same paragraph (twelfth round)", () => {
  it("gives it the forecast before its credit in that paragraph, not in the paragraphs before", () => {
    const text = [
      "Wages will fall 2% next year.",
      "Prices will rise 3% next year. Rents will climb 5%, according to a forecast by Kestrel Analytics.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker, basis]) => [speaker, basis])).toEqual([
      [null, "none"],
      ["Kestrel Analytics", "source"],
      ["Kestrel Analytics", "attribution"],
    ]);
  });
});
