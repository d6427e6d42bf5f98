import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";

/**
 * Speakers that went wrong on articles nobody had tuned on (sixth round), each a habit of news
 * writing at large: plural trade nouns, places in appositions, organisation names with "and",
 * abbreviations of them, a closing report after a clause with a verb of its own, and a place's
 * official left unnamed.
 */

const published = new Date("2026-03-02T00:00:00.000Z");
/** Each candidate's hedge and probability, in order. */
const read = (text: string) =>
  extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => [
    candidate.hedge,
    candidate.probability,
  ]);
const speakers = (text: string) =>
  extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => [
    candidate.quote.slice(0, 24),
    candidate.speaker,
  ]);

describe("speakers on unseen articles (sixth round)", () => {
  it("reads a plural noun of trade opening a sentence as a group, not a name", () => {
    const text = [
      "Meteorologists expect drought improvement in the Upper Midwest next spring.",
      "Climatologists predict a hot summer, said Ann Ruiz.",
      "Harry Fielding expects rain by June.",
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["Meteorologists expect dr", null],
      ["Climatologists predict a", "Ann Ruiz"],
      ["Harry Fielding expects r", "Harry Fielding"],
    ]);
  });

  it("gives a report to the person an apposition describes, past the place that closes it", () => {
    const text = [
      "Hunter Coleman, a meteorologist for the Weather Service in West Columbia, S.C., said highs will average 90 in June.",
      "Ann Ruiz, an economist at Kestrel Bank in Austin, Texas, said prices will rise next year.",
      "Mara Quist, an analyst at Harlow Capital, said rents will fall next year.",
      "The lender, Kestrel Bank, said rates will rise in May.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      "Hunter Coleman",
      "Ann Ruiz",
      "Mara Quist",
      "Kestrel Bank",
    ]);
  });

  it("keeps an organisation's name whole across 'and', and its abbreviation as that name", () => {
    const text = [
      "Flu cases will double this winter, the Centers for Disease Control and Prevention said.",
      "The season will be severe, the CDC said.",
      "Output will grow by 2% next year, Sandia National Laboratories said.",
      "Growth will slow next year, the OECD said.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      "Centers for Disease Control and Prevention",
      "Centers for Disease Control and Prevention",
      "Sandia National Laboratories",
      "OECD",
    ]);
  });

  it("lets a closing ', the agency said' speak for a sentence whose verb inside belongs to its claim", () => {
    const text = [
      "Drought will spread this summer, the Western Climate Agency said.",
      "That is likely to mean that parts of Oregon see drought develop, the agency said.",
      "Kestrel Bank, by contrast, expects rain to return, and prices could slide by June, the agency said.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      "Western Climate Agency",
      "Western Climate Agency",
      "Kestrel Bank",
    ]);
  });

  it("names no place for its official: ', says Georgia's climatologist'", () => {
    const text = [
      "Expect a hot, dry June, says Georgia's climatologist.",
      "Rates will rise in March, says Britain's finance minister.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null, null]);
  });

  it("finds the author in a line after the article: a handle's note or an address to reach them", () => {
    const body = [
      "The summer looks hot and dry across the state, and farmers have already begun to cut their planting plans.",
      "Any rain this summer likely will come in thunderstorms, with little of it reaching the ground.",
      "",
    ];
    const byline = (closing: string) =>
      extractPredictions([...body, closing].join("\n"), { publishedAt: published, format: "text" }).candidates.map(
        (candidate) => [candidate.speaker, candidate.speakerBasis],
      );
    expect(byline("Reach Amy Allyn Swann at (706) 823-3338 or amy.swann@example.com")).toEqual([
      ["Amy Allyn Swann", "byline"],
    ]);
    expect(byline("@janedoe is a contributing writer for the Ledger")).toEqual([["@janedoe", "byline"]]);
    expect(byline("Contact Jane Doe via email")).toEqual([["Jane Doe", "byline"]]);
    // Not an author: no name to reach, a handle that is no writer, a line that names nobody.
    expect(byline("Reach us at (706) 823-3338")).toEqual([[null, "none"]]);
    expect(byline("@janedoe is a fan of the team")).toEqual([[null, "none"]]);
    expect(byline("Share this story")).toEqual([[null, "none"]]);
  });

  it("gives 'This is what X told the agency' the sentences before it, and 'According to him' the person", () => {
    const text = [
      "Most likely, turnout in the early vote will be lower. Seven parties are almost certain to enter parliament.",
      "This is what sociologist Yuliy Pavlov told the news agency.",
      "According to him, 80,000 votes will be enough to enter parliament.",
      "Rates will fall twice this year, Kestrel Bank said.",
      "Prices will rise next year.",
      "This is what happens when banks panic.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      "Yuliy Pavlov",
      "Yuliy Pavlov",
      "Yuliy Pavlov",
      "Kestrel Bank",
      null,
    ]);
  });

  it("keeps the particles of a surname in the name: 'van der', 'von der', 'da'", () => {
    const text = [
      "Nicolaas van der Wath, an economist with the Bureau for Economic Research, spoke on Monday.",
      "Interest rates will not come down immediately, warns Van der Wath.",
      "Inflation will fall next year, said Ursula von der Leyen.",
      "Prices will rise, Luiz da Silva said.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      "Nicolaas van der Wath",
      "Ursula von der Leyen",
      "Luiz da Silva",
    ]);
  });
});

describe("people behind long titles and appositions (sixth round)", () => {
  it("finds the person after a title with its field and institution, and learns the surname", () => {
    const text = [
      "According to Assistant Professor of Political Science at Siena College Jack Collens, turnout will be high.",
      "Collens predicts a win for the governor.",
      "According to Professor of Economics Jane Hunt, prices will rise.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Jack Collens", "Jack Collens", "Jane Hunt"]);
  });

  it("makes the person an apposition describes the one 'he' means, with 'is' and a verb after it", () => {
    const text = [
      "Jeffrey Saut, chief investment strategist at Raymond James, is feeling bullish about stocks.",
      "“We’re going to be above 3,000 probably by Thanksgiving,” he told CNBC.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Jeffrey Saut"]);
  });
});

describe("forecast shapes on unseen articles (sixth round)", () => {
  const quotes = (text: string) =>
    extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => candidate.quote);

  it("reads 'have' after a modal as the verb when a determiner follows, not as a perfect", () => {
    expect(quotes("This refresh could have a similar impact on sales next year.")).toEqual([
      "This refresh could have a similar impact on sales next year",
    ]);
    expect(quotes("The tariffs could have little effect on prices next year.")).toHaveLength(1);
    expect(quotes("The ban may have caused the shortage.")).toEqual([]);
  });

  it("reads 'going to' with an adverb or 'not' before it", () => {
    expect(quotes("The economy is weak now, but it's only going to get better.")).toHaveLength(1);
    expect(quotes("Things are only going to get worse from here.")).toHaveLength(1);
    expect(quotes("He was only going to stay a week.")).toEqual([]);
  });

  it("reads a forecast revised in the passive to a figure", () => {
    expect(quotes("U.S. crude forecasts were raised slightly to $96.23 a barrel in 2027.")).toHaveLength(1);
    expect(quotes("The growth forecast has been cut to 1.5% for 2027.")).toHaveLength(1);
    expect(quotes("The forecasts were published on Monday.")).toEqual([]);
    expect(quotes("Its outlook was raised last year.")).toEqual([]);
  });
});

describe("a sentence naming where the forecasts before it came from (eleventh round)", () => {
  const speakersOf = (text: string) => speakers(text).map(([, speaker]) => speaker);
  it("credits 'That's according to a new forecast from X' and 'Those are the findings of a report by X' back", () => {
    expect(
      speakersOf(
        "Holiday sales will rise 4% this year. That's according to a new forecast from the Kestrel Retail Federation.",
      )[0],
    ).toBe("Kestrel Retail Federation");
    expect(
      speakersOf(
        "Holiday sales will rise 4% this year. Those are the findings of a new report by Kestrel Research.",
      )[0],
    ).toBe("Kestrel Research");
  });

  it("credits 'The forecast came from X' and 'The figures come from a report by X' back", () => {
    expect(
      speakersOf(
        "Holiday sales will rise 4% this year, and online sales will jump 10%. The forecast came from the Kestrel Retail Federation, which released it on Monday.",
      )[0],
    ).toBe("Kestrel Retail Federation");
    expect(
      speakersOf("Holiday sales will rise 4% this year. The figures come from a report by Kestrel Research.")[0],
    ).toBe("Kestrel Research");
  });

  it("credits 'The gloomy outlook came from X', opening a paragraph, over the paragraphs before it (nineteenth round)", () => {
    const text = [
      "The recession is projected to worsen this year as consumers retrench.",
      "One key example: the unemployment rate is expected to peak at 9 percent this year. It has not been that high since 1983.",
      "The gloomy outlook came from leading forecasters in the latest survey by the Kestrel Association, released on Monday.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual(["Kestrel Association", "Kestrel Association"]);
  });

  it("stops at a forecast someone else was credited with, and after the third paragraph back", () => {
    const credited = [
      "Growth will slow to 1% next year, Jane Smith of Kestrel Bank said.",
      "The recession is projected to worsen this year.",
      "The gloomy outlook came from the latest survey by the Kestrel Association.",
    ].join("\n\n");
    expect(speakersOf(credited)).toEqual(["Jane Smith", "Kestrel Association"]);
    const far = [
      "Growth is projected to slow to 1% next year.",
      "Markets fell on Tuesday as traders sold bank shares in London.",
      "Shares rose on Wednesday as the bank shares came back in London.",
      "Bonds were flat on Thursday as traders waited for the jobs figures.",
      "The outlook came from the latest survey by the Kestrel Association.",
    ].join("\n\n");
    expect(speakersOf(far)).toEqual([null]);
  });

  it("credits nothing back from a sentence that names no organisation", () => {
    expect(
      speakersOf("Holiday sales will rise 4% this year. The figures come from the shops themselves.")[0],
    ).toBeNull();
  });
});

describe("a projection read off a poll or a model (eleventh round)", () => {
  const found = (text: string) =>
    extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => [
      candidate.quote,
      candidate.probability,
    ]);

  it("finds 'the model shows Smith winning' and 'a poll released Monday shows Labour winning 400 seats'", () => {
    expect(found("Nate Silver's model shows Smith winning the election.")).toEqual([
      ["Nate Silver's model shows Smith winning the election", 0.75],
    ]);
    expect(found("A Kestrel poll released Monday shows Labour winning 400 seats.")).toHaveLength(1);
    expect(found("The latest model has Smith winning 290 electoral votes.")).toHaveLength(1);
  });

  it("leaves a measure of now alone: 'gaining ground', data on a firm", () => {
    expect(found("The poll shows Labour gaining ground in the north.")).toEqual([]);
    expect(found("The latest data show Kestrel Bank losing money.")).toEqual([]);
  });
});

describe("a chance stated after 'see' (eleventh round)", () => {
  it("reads 'sees a 40% chance of recession' as the 40% stated, not as 'sees'", () => {
    const [candidate] = extractPredictions("Kestrel Bank sees a 40% chance of recession next year.", {
      publishedAt: published,
      format: "text",
    }).candidates;
    expect([candidate?.speaker, candidate?.hedge, candidate?.probability]).toEqual(["Kestrel Bank", "40% chance", 0.4]);
    const [probability] = extractPredictions(
      "Economists see a 40 percent probability of a recession in the next 12 months.",
      { publishedAt: published, format: "text" },
    ).candidates;
    expect(probability?.probability).toBe(0.4);
  });

  it("keeps 'see' where no chance is stated", () => {
    const [candidate] = extractPredictions("Kestrel Bank sees a strong chance of recession next year.", {
      publishedAt: published,
      format: "text",
    }).candidates;
    expect(candidate?.speaker).toBe("Kestrel Bank");
  });
});

describe("chances given as 'one in three' (eleventh round)", () => {
  it("reads 'a one-in-three chance', 'a 1-in-3 chance' and 'a one in four chance' as the fraction", () => {
    expect(read("There is a one-in-three chance of a recession next year.")).toEqual([["one-in-three chance", 1 / 3]]);
    expect(read("There is a 1-in-3 chance of a recession next year.")).toEqual([["1-in-3 chance", 1 / 3]]);
    expect(read("Kestrel Bank sees a one in four chance of a recession next year.")).toEqual([
      ["one in four chance", 0.25],
    ]);
  });

  it("leaves a share of people alone, and words that are no count", () => {
    expect(read("One in three voters backed the plan last year.")).toEqual([]);
    expect(read("There is a constructor in three chance of a recession.")).toEqual([]);
  });
});

describe("chances moved to a number, put at about a number, and certainty in numbers (eleventh round)", () => {
  it("reads 'raised its odds of a recession to 40%' and 'the probability has risen to 45%'", () => {
    expect(read("Kestrel Bank raised its odds of a recession to 40% from 30%.")).toEqual([["40%", 0.4]]);
    expect(read("The probability of a recession next year has risen to 45%, according to Kestrel Bank.")).toEqual([
      ["45%", 0.45],
    ]);
  });

  it("reads 'puts the chance at roughly 30%' and '80% sure'", () => {
    expect(read("Jane Smith puts the chance of a deal by June at roughly 30%.")).toEqual([["30%", 0.3]]);
    expect(read("Jane Smith said she is 80% sure the bill will pass.")).toEqual([["80% sure", 0.8]]);
  });

  it("leaves a figure moved to a number that is no chance alone", () => {
    // (A revised forecast is a forecast of its own: its figure is no probability.)
    expect(read("Kestrel Bank raised its growth forecast to 4% last week.")).toEqual([["forecast", 0.75]]);
  });
});

describe("even odds and better than even, as pages write them (eleventh round)", () => {
  it("reads 'a better-than-even chance' (0.6), 'an even chance' (0.5) though the tagger reads 'chance' as a verb", () => {
    expect(read("There is a better-than-even chance of a recession next year.")).toEqual([
      ["better-than-even chance", 0.6],
    ]);
    expect(read("There is a better than even chance that the bill will pass.")).toEqual([
      ["better than even chance", 0.6],
    ]);
    expect(read("There is an even chance of a recession next year.")).toEqual([["even chance", 0.5]]);
  });

  it("reads 'is a coin flip' as even odds", () => {
    expect(read("A recession next year is a coin flip.")).toEqual([["a coin flip", 0.5]]);
  });
});

describe("chances sized as 50-50 (eleventh round)", () => {
  it("reads 'the odds are about 50-50 that' as even, not as the 'will' inside", () => {
    const [candidate] = extractPredictions("The odds are about 50-50 that the bill will pass.", {
      publishedAt: published,
      format: "text",
    }).candidates;
    expect([candidate?.hedge, candidate?.probability]).toEqual(["50-50", 0.5]);
  });
});

describe("doubt denied and doubt after a name (twelfth round)", () => {
  it("reads no doubt, little doubt and not doubting as sure, not as doubt", () => {
    for (const text of [
      "Jane Smith has little doubt that prices will rise next year.",
      "I don't doubt that prices will rise next year.",
      "There is no doubt that prices will rise next year.",
    ]) {
      expect(read(text)).toEqual([["will", 0.95]]);
    }
  });

  it("reads “doubts” after a name as the verb, though the tagger calls it a noun", () => {
    expect(read("Jane Smith doubts the deal will pass.")).toEqual([["we doubt", 0.2]]);
    expect(read("Analysts doubt that the deal will pass.")).toEqual([["we doubt", 0.2]]);
  });
});

describe("a likelihood framing a clause without its “that” (twelfth round)", () => {
  it("reads “It's highly likely the Fed will cut” by the likelihood, not the “will”", () => {
    expect(read("It's highly likely the Fed will cut rates in March.")).toEqual([["highly likely", 0.9]]);
  });

  it("leaves “likely” that frames no clause to the modal", () => {
    expect(read("The likely winner will be announced in March.")[0]?.[0]).not.toBe("likely");
  });
});

describe("“one of the highlights from” a report, back to the forecast before it (thirteenth round)", () => {
  const speakersOf = (text: string) => speakers(text).map(([, speaker]) => speaker);
  it("credits the forecast before “This is one of the highlights from X's report” to X", () => {
    const text = [
      "The mobile ecosystem will contribute $11 trillion to the economy by 2030.",
      "",
      "This is one of the highlights from the GSM Association's recently released Mobile Economy Report 2025.",
    ].join("\n");
    expect(speakersOf(text)[0]).toBe("GSM Association");
    expect(
      speakersOf(
        "Rates will fall to 3% by June. That is one of the key findings of a new report by Kestrel Analytics.",
      )[0],
    ).toBe("Kestrel Analytics");
  });

  it("credits nothing back from “one of the reasons”", () => {
    expect(
      speakersOf("Rates will fall to 3% by June. This is one of the reasons Kestrel Bank sold bonds.")[0],
    ).toBeNull();
  });
});
