import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";
import { quotesAndSpeakers as speakers } from "./test-speakers";

// Seventeenth round: more shapes in which news writing says whose a forecast is. Each positive case
// gave no speaker (or the wrong one) before its rule; the texts are made up.

const published = new Date("2026-03-02T00:00:00.000Z");
const lead = "Markets were calm on Monday.\n\n";

describe("a forecast put out, with what it says after it", () => {
  it('credits "issued a warning on Tuesday that"', () => {
    const text = "The IMF issued a warning on Tuesday that global growth will slow to 2.9% next year.";
    expect(speakers(lead + text)).toEqual([[text.slice(0, -1), "IMF"]]);
  });

  it('credits "released new projections on Wednesday showing"', () => {
    const text =
      "The Congressional Budget Office released new projections on Wednesday showing the deficit will top $2 trillion next year.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Congressional Budget Office");
  });

  it('credits "published a note that said" and "released a forecast that"', () => {
    expect(speakers(lead + "Kestrel Bank published a note that said the pound will fall by June.")[0]?.[1]).toBe(
      "Kestrel Bank",
    );
    expect(speakers(lead + "Kestrel Bank released a forecast that sales will rise 3.9 percent.")[0]?.[1]).toBe(
      "Kestrel Bank",
    );
  });

  it('credits a person\'s "made a bold call on Monday:" and "made a prediction that"', () => {
    expect(speakers(lead + "Jane Smith made a bold call on Monday: the Fed will cut rates three times.")[0]?.[1]).toBe(
      "Jane Smith",
    );
    expect(speakers(lead + "Jane Smith made a prediction that the Fed will cut rates in June.")[0]?.[1]).toBe(
      "Jane Smith",
    );
  });

  it("credits no one for a thing put out that will happen, or a report that holds something else", () => {
    expect(speakers(lead + "Apple unveiled a new phone that will go on sale next week.")[0]?.[1]).toBeNull();
    expect(
      speakers(lead + "The ministry released a report that contained no forecast. Growth will slow next year.")[0]?.[1],
    ).toBeNull();
  });
});

describe("a closing name for the reference that opens the sentence", () => {
  it('credits ", Jane Smith said" over the "She" opening the sentence', () => {
    const text = "Peter Chu spoke first.\n\nShe expects rates to fall next year, Jane Smith said.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it("reads where and when it was said after the verb", () => {
    const text = "The bank now expects rates to fall next year, Kestrel Bank said in a note on Tuesday.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Bank");
    const agency = "Oil demand will rise next year, the IEA said in its monthly report.";
    expect(speakers(lead + agency)[0]?.[1]).toBe("IEA");
  });

  it("keeps an organisation's view that a person closing the sentence reports", () => {
    const text = [
      "The National Association of Realtors met on Tuesday.",
      "",
      "The association expects sales will rise 5% next year, Jane Smith said.",
    ].join("\n");
    expect(speakers(text)[0]?.[1]).toBe("National Association of Realtors");
  });
});

describe("a view held, named by what kind of view it is", () => {
  it('credits "base case", "best guess", "hunch" and "latest forecast" after a possessive', () => {
    const cases: [string, string][] = [
      ["Jane Smith's base case is that rates will fall by June.", "Jane Smith"],
      ["Kestrel Bank's best guess is that oil will average $80 next year.", "Kestrel Bank"],
      ["Jane Smith's hunch is that the Fed will cut in June.", "Jane Smith"],
      ["Jane Smith's latest forecast is that rates will fall by June.", "Jane Smith"],
    ];
    for (const [text, speaker] of cases) expect(speakers(lead + text)[0]?.[1]).toBe(speaker);
  });

  it('reads "case" as a view only in "base case"', () => {
    expect(speakers(lead + "The company's case is that the merger will lower prices.")[0]?.[1]).toBeNull();
  });
});

describe("the staff of one organisation, and views introduced by a possessive and a colon", () => {
  it('credits "They expect" after "Analysts at Kestrel Bank published a note"', () => {
    const text = "Analysts at Kestrel Bank published a note on Monday. They expect the pound to fall to $1.10 by June.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Bank");
    const named = "Kestrel Bank economists published a note on Monday. They expect the pound to fall by June.";
    expect(speakers(lead + named)[0]?.[1]).toBe("Kestrel Bank");
  });

  it('means by "they" only the sentence right before: a sentence between leaves it to no one', () => {
    const text =
      "Analysts at Kestrel Bank published a note on Monday. Investors were unimpressed. They expect the pound to fall.";
    expect(speakers(lead + text)[0]?.[1]).toBeNull();
  });

  it('credits "Their forecast:", "Its verdict:" and "Her message was clear:"', () => {
    const staff = "Analysts at Kestrel Bank published a note on Monday. Their forecast: the pound will fall by June.";
    expect(speakers(lead + staff)[0]?.[1]).toBe("Kestrel Bank");
    const bank =
      "Kestrel Bank cut its forecast for growth on Monday.\n\nIts verdict: growth will slow to 1% next year.";
    expect(speakers(bank)[0]?.[1]).toBe("Kestrel Bank");
    const person =
      "Jane Smith, chief economist at Kestrel Bank, spoke on Tuesday. Her message was clear: rates will fall by June.";
    expect(speakers(person)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("chances put on a name's possessive", () => {
  it('reads "puts Clinton\'s chance of winning at 69%" as a forecast with its number and its forecaster', () => {
    const text = "FiveThirtyEight puts Clinton's chance of winning at 69%.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.quote).toBe(text.slice(0, -1));
    expect(candidate?.probability).toBeCloseTo(0.69, 9);
    expect(candidate?.speaker).toBe("FiveThirtyEight");
  });

  it('reads "pegged ... at 69 per cent" the same way', () => {
    const text = "FiveThirtyEight pegged Clinton's chance of winning at 69 per cent.";
    expect(speakers(lead + text)).toEqual([[text.slice(0, -1), "FiveThirtyEight"]]);
  });
});

describe("a tip", () => {
  it('reads "tipped capex to surge 11% in 2024" as the tipper\'s forecast, in the past tense too', () => {
    const text = "Kestrel Research tipped capex to surge 11% in 2024.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.speaker).toBe("Kestrel Research");
    expect(candidate?.hedge).toBe("tipped");
    expect(candidate?.probability).toBeCloseTo(0.75, 9);
  });

  it('reads "Analysts tip Labour to win", though the tagger reads "tip" as a noun', () => {
    const text = "Analysts tip Labour to win the election next year.";
    expect(speakers(lead + text)).toEqual([[text.slice(0, -1), null]]);
  });

  it('reads no tip in "tipped the balance", "tipped off police" or a waiter tipped', () => {
    for (const text of [
      "The scandal tipped the balance to the opposition.",
      "A reader tipped off police to investigate the firm.",
      "The waiter at the hotel restaurant was tipped generously by the guests on Friday.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });
});

describe("a market target held or owned", () => {
  it('reads "has a year-end target of 6,000" and "has a price target of $250" as the holder\'s forecast', () => {
    for (const text of [
      "Kestrel Bank has a year-end target of 6,000 for the S&P 500.",
      "Kestrel Bank has a price target of $250 on Apple shares.",
    ]) {
      const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
      expect(candidate?.quote).toBe(text.slice(0, -1));
      expect(candidate?.speaker).toBe("Kestrel Bank");
      expect(candidate?.probability).toBeCloseTo(0.75, 9);
    }
  });

  it('reads "Kestrel Bank\'s year-end target for the S&P 500 is 6,000"', () => {
    const text = "Kestrel Bank's year-end target for the S&P 500 is 6,000.";
    expect(speakers(lead + text)).toEqual([[text.slice(0, -1), "Kestrel Bank"]]);
  });

  it("reads no forecast in a policy target or a target with no figure", () => {
    expect(speakers(lead + "The government has a target of 2% inflation.")).toEqual([]);
    expect(speakers(lead + "Kestrel Bank has a year-end target for the index.")).toEqual([]);
  });
});

describe('"should" with an outcome seen or a comparison', () => {
  it('reads "should see their wages go up next year" as a forecast', () => {
    const text = "Some workers should see their wages go up next year.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.quote).toBe(text.slice(0, -1));
    expect(candidate?.hedge).toBe("should");
  });

  it('reads "It should be closer than 2012" though the tagger reads "closer" as an adverb', () => {
    const text = '"It should be closer than 2012," said Jack Collens.';
    expect(speakers(lead + text)[0]?.[1]).toBe("Jack Collens");
  });

  it("still reads advice and a demand as no forecast", () => {
    expect(speakers(lead + "You should see your doctor if symptoms persist.")).toEqual([]);
    expect(speakers(lead + "Prices should be lower, the minister said in a speech to the party conference.")).toEqual(
      [],
    );
  });
});

describe("a forecast stated as its figure", () => {
  it('reads "My baseline outlook is for growth around 4% in 2021" and "central forecast is growth of 1.5%"', () => {
    const zandi = '"My baseline outlook is for growth around 4% in 2021," said Mark Zandi.';
    expect(speakers(lead + zandi)[0]?.[1]).toBe("Mark Zandi");
    const bank = "Kestrel Bank's central forecast is growth of 1.5% next year.";
    expect(speakers(lead + bank)).toEqual([[bank.slice(0, -1), "Kestrel Bank"]]);
  });

  it('reads "Its peak-to-trough prediction is a fall of at least 25%", the noun six words in', () => {
    const text = "Its peak-to-trough prediction is a fall of at least 25%.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.quote).toBe(text.slice(0, -1));
    expect(candidate?.probability).toBeCloseTo(0.75, 9);
  });

  it('reads "faces a projected $8.2 million budget gap next fiscal year", not a projection already past', () => {
    const text = "The city faces a projected $8.2 million budget gap next fiscal year.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.quote).toBe(text.slice(0, -1));
    expect(candidate?.hedge).toBe("projected");
    expect(candidate?.probability).toBeCloseTo(0.75, 9);
    expect(speakers(lead + "The projected deficit last year was $2 billion.")).toEqual([]);
    expect(speakers(lead + "The forecast is for rain on Tuesday.")).toEqual([]);
  });
});

describe("a reporter's report, and chances rated as a fraction", () => {
  it('credits ", Bloomberg\'s Mark Gurman reported." to the reporter, with the outlet as affiliation', () => {
    const text = "Apple will likely unveil the device in September, Bloomberg's Mark Gurman reported.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.speaker).toBe("Mark Gurman");
    expect(candidate?.affiliation).toBe("Bloomberg");
  });

  it('leaves ", Bloomberg reported." to what the article credits, as before', () => {
    const text = "Apple will likely unveil the device in September, Bloomberg reported.";
    expect(speakers(lead + text)[0]?.[1]).toBeNull();
  });

  it('reads "put the probability of a recession at one in three" as 1/3', () => {
    const text = "Jane Smith put the probability of a recession at one in three.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.quote).toBe(text.slice(0, -1));
    expect(candidate?.speaker).toBe("Jane Smith");
    expect(candidate?.hedge).toBe("one in three");
    expect(candidate?.probability).toBeCloseTo(1 / 3, 9);
  });
});

describe("favourites, plural or made so", () => {
  it('reads "Labour are the favourites to win" as the plural of "the favourite to"', () => {
    const text = "Labour are the favourites to win the most seats.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.hedge).toBe("favourites to");
    expect(candidate?.probability).toBeCloseTo(0.75, 9);
  });

  it('credits "Paddy Power makes Labour the favourite to win"; bookmakers as a whole are no one', () => {
    const text = "Paddy Power makes Labour the favourite to win the election.";
    expect(speakers(lead + text)).toEqual([[text.slice(0, -1), "Paddy Power"]]);
    const group = "Bookmakers make Labour the clear favourites to win.";
    expect(speakers(lead + group)).toEqual([[group.slice(0, -1), null]]);
  });

  it("reads no forecast in a favourite dish", () => {
    expect(speakers(lead + "The chef made the soup his favourite to cook at home.")).toEqual([]);
  });
});

describe("officials of an organisation named as one", () => {
  it('credits "Treasury officials expect" and "Kestrel Bank executives expect" to the organisation', () => {
    expect(speakers(lead + "Treasury officials expect growth to slow to 1% next year.")[0]?.[1]).toBe("Treasury");
    expect(speakers(lead + "Kestrel Bank executives expect sales to fall next year.")[0]?.[1]).toBe("Kestrel Bank");
  });

  it("leaves a country's officials, or officials described, to no one", () => {
    for (const text of [
      "U.S. officials expect a deal by Friday.",
      "Israeli officials expect the talks to fail.",
      "Senior officials expect growth to slow.",
    ])
      expect(speakers(lead + text)[0]?.[1]).toBeNull();
  });
});

describe("a state seen kept", () => {
  it('reads "sees rates on hold until 2026" and "sees rates unchanged through 2025"', () => {
    const text = "Kestrel Bank's Jane Smith expects cuts. Peter Chu, by contrast, sees rates on hold until 2026.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Peter Chu"]);
    const bank = "Kestrel Bank sees rates unchanged through 2025.";
    expect(speakers(lead + bank)).toEqual([[bank.slice(0, -1), "Kestrel Bank"]]);
  });

  it("reads no forecast in a thing seen where it is", () => {
    expect(speakers(lead + "He sees the glass on the table.")).toEqual([]);
  });
});

describe('"he" and "she" by what the text has shown', () => {
  it('gives "she said" to the woman quoted before when the man quoted last said "he"', () => {
    const text = [
      "Jane Smith, an economist at Kestrel Bank, said she expects rates to fall. Peter Chu of Harlow Capital said he was less sure.",
      "",
      '"Rates will stay high," he said.',
      "",
      '"The Fed will cut in June," she said.',
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Peter Chu", "Jane Smith"]);
  });

  it('reads the gender a title gives: "Ms Smith ... Mr Chu ... she said"', () => {
    const text =
      'Ms Smith, an economist at Kestrel Bank, was upbeat. Mr Chu of Harlow Capital was less sure.\n\n"The Fed will cut in June," she said.';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Smith"]);
  });

  it("keeps the person last named when nothing shows the gender", () => {
    const text = 'Jane Smith spoke first. Peter Chu of Harlow Capital was less sure.\n\n"The Fed will hold," she said.';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Peter Chu"]);
  });
});

describe("chances in more words, and a price headed for a level", () => {
  it('reads "There is every chance the talks will collapse" as 0.8 and "a strong chance" as 0.75', () => {
    const every = extractPredictions(lead + "There is every chance the talks will collapse, said Jane Smith.", {
      publishedAt: published,
    }).candidates[0];
    expect(every?.hedge).toBe("every chance");
    expect(every?.probability).toBeCloseTo(0.8, 9);
    const strong = extractPredictions(lead + "There is a strong chance the talks will collapse, said Jane Smith.", {
      publishedAt: published,
    }).candidates[0];
    expect(strong?.probability).toBeCloseTo(0.75, 9);
  });

  it('reads "Brent is headed for $100" as a forecast with its level', () => {
    const text = "Brent is headed for $100, Jane Smith said.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.speaker).toBe("Jane Smith");
    expect(candidate?.claim).toContain("$100");
    expect(candidate?.probability).toBeCloseTo(0.75, 9);
  });
});

describe("a move not over yet", () => {
  it('reads "Stocks have further to fall", "has more room to run" and "The worst is yet to come"', () => {
    for (const [text, hedge] of [
      ["Stocks have further to fall, Jane Smith said.", "have further to"],
      ["The rally has more room to run, Jane Smith said.", "has more room to"],
      ["The worst is yet to come for the housing market, said Jane Smith.", "is yet to come"],
    ]) {
      const [candidate] = extractPredictions(lead + text!, { publishedAt: published }).candidates;
      expect(candidate?.hedge).toBe(hedge);
      expect(candidate?.speaker).toBe("Jane Smith");
      expect(candidate?.probability).toBeCloseTo(0.75, 9);
    }
  });

  it("reads no forecast in work still to do, a schedule or the past", () => {
    for (const text of [
      "We have further to go on this project.",
      "The details are yet to come.",
      "The dollar had further to fall.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });
});

describe("a title before the name that the tagger reads as an adjective", () => {
  it("credits the person named after a long title, or a title's head read as an adjective", () => {
    for (const text of [
      "Ukraine's military intelligence chief, Jane Smith, said Russia would launch a new offensive in the spring.",
      "Ukraine's top general, Jane Smith, said Russia would attack in the spring.",
      // A title with "of" and a hyphenated word, eleven words long; two titles joined by "and".
      "Kestrel Bank's head of emerging-market research, Jane Smith, said the lira would fall.",
      "Kestrel Capital's founder and chief investment officer, Jane Smith, said rates would fall.",
    ])
      expect(speakers(lead + text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("a view held, said after it or before it", () => {
  it('gives "The Fed will cut in June." to "Jane Smith thinks so, too." after it', () => {
    const text = "The Fed will cut in June. Jane Smith thinks so, too.";
    expect(speakers(lead + text)).toEqual([["The Fed will cut in June", "Jane Smith"]]);
  });

  it('reads "To Jane Smith, a recession next year looks inevitable" as her view, stated with certainty', () => {
    const text = "To Jane Smith, a recession next year looks inevitable.";
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.speaker).toBe("Jane Smith");
    expect(candidate?.hedge).toBe("looks inevitable");
    expect(candidate?.probability).toBeCloseTo(0.95, 9);
  });

  it('leaves "Jane Smith thinks the opposite." and "To the Fed, ..." to no one', () => {
    expect(speakers(lead + "The Fed will cut in June. Jane Smith thinks the opposite.")[0]?.[1]).toBeNull();
    expect(speakers(lead + "To the Fed, inflation will matter most.")[0]?.[1]).toBeNull();
  });
});

describe("the calendar and the reader, not forecasts", () => {
  it("reads no forecast in a weekly closing day, a vote's date, a film's release or a band's dates", () => {
    for (const text of [
      "The museum will be closed on Mondays.",
      "Parliament will vote on the bill on Tuesday.",
      "The film will be released in cinemas on Friday.",
      "The band will play three shows in London next month.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });

  it("reads no forecast in the writer addressing the reader", () => {
    for (const text of [
      "If you want to learn more, you will find the report online.",
      "Readers will remember the crisis of 2008.",
      "As we will see, the data tell a different story.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });

  it("still reads how a vote goes, a role played and what the reader will see happen", () => {
    for (const text of [
      "Parliament will vote against the bill on Tuesday, Jane Smith predicted.",
      "China will play a bigger role in the region next year.",
      "You will see prices rise sharply next year.",
    ])
      expect(speakers(lead + text)).toHaveLength(1);
  });
});

describe("sayings, softened opinions and past habits", () => {
  it("reads no forecast in a saying with a modal", () => {
    for (const text of [
      // (Sentences long enough to be read: a short line alone may be taken for a page's furniture.)
      "Whether the plan works is anyone's guess, and only time will tell.",
      "Boys will be boys, the coach said of his rowdy players after the match.",
      "Accidents will happen, the manager said after the crash on the motorway.",
      "That will do for now, the chairman told the meeting on Tuesday evening.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });

  it('reads no forecast in "I would argue that ..." but the forecast inside it', () => {
    expect(speakers(lead + "I would argue that the policy has failed.")).toEqual([]);
    const inner = "I would argue that rates will fall next year.";
    const [candidate] = extractPredictions(lead + inner, { publishedAt: published }).candidates;
    expect(candidate?.hedge).toBe("will");
  });

  it('reads no forecast in "When I was young, my father would take us fishing"', () => {
    expect(speakers(lead + "When I was young, my father would take us fishing.")).toEqual([]);
    expect(speakers(lead + "When the Fed cuts, stocks would rally.")).toHaveLength(1);
  });
});

describe("an outcome on its way, braced for, or a message after an apposition", () => {
  it('reads "warned clients that a recession is coming" and "telling clients to brace for a recession"', () => {
    for (const [text, hedge] of [
      ["Kestrel Bank has warned clients that a recession is coming.", "is coming"],
      ["Kestrel Bank is telling clients to brace for a recession next year.", "brace for"],
    ]) {
      const [candidate] = extractPredictions(lead + text!, { publishedAt: published }).candidates;
      expect(candidate?.speaker).toBe("Kestrel Bank");
      expect(candidate?.hedge).toBe(hedge);
      expect(candidate?.probability).toBeCloseTo(0.75, 9);
    }
  });

  it("reads nothing coming from somewhere, or a train coming in", () => {
    for (const text of [
      "The recession is coming from Europe, Jane Smith said in a speech on Tuesday.",
      "The train from London is coming into the station on the east side of the town.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });

  it('credits "Jane Smith, a strategist at Kestrel Bank, has a simple message for investors: ..."', () => {
    const text = "Jane Smith, a strategist at Kestrel Bank, has a simple message for investors: stocks will fall.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Jane Smith");
  });

  it('credits "..., wrote Jane Smith and Peter Chu of Kestrel Bank." to the two', () => {
    const text = '"We expect the Fed to cut three times this year," wrote Jane Smith and Peter Chu of Kestrel Bank.';
    const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
    expect(candidate?.speaker).toBe("Jane Smith; Peter Chu");
    expect(candidate?.affiliation).toBe("Kestrel Bank");
  });
});

describe("a document's owner past when it came out or whom it asked", () => {
  it('credits "according to a forecast published on Tuesday by Kestrel Bank"', () => {
    const text = "Growth will slow sharply next year, according to a forecast published on Tuesday by Kestrel Bank.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Bank");
  });

  it('credits "a research note to clients from Kestrel Bank" and ", its outlook, published on Tuesday, shows."', () => {
    for (const text of [
      "Growth will slow sharply next year, according to a research note to clients from Kestrel Bank.",
      "Growth will slow sharply next year, Kestrel Bank's latest outlook, published on Tuesday, shows.",
    ])
      expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Bank");
  });

  it('credits ", a Kestrel Bank report published on Tuesday said." and "... survey of economists shows."', () => {
    for (const text of [
      "Growth will slow sharply next year, a Kestrel Bank report published on Tuesday said.",
      "Growth will slow sharply next year, the Kestrel Bank's quarterly survey of economists shows.",
    ])
      expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Bank");
  });
});

describe("picks set out with a label and a colon", () => {
  it('reads "Prediction: Chiefs 27, Eagles 24" and "Our pick: Chiefs by 3" as forecasts', () => {
    for (const text of ["Prediction: Chiefs 27, Eagles 24 in the final.", "Our pick: Chiefs by 3 in a close game."]) {
      const [candidate] = extractPredictions(lead + text, { publishedAt: published }).candidates;
      expect(candidate?.quote).toBe(text.slice(0, -1));
      expect(candidate?.probability).toBeCloseTo(0.75, 9);
    }
  });

  it('credits "Jane Smith\'s pick: ..." and reads "I have Arsenal winning 2-1" as "I expect"', () => {
    expect(speakers(lead + "Jane Smith's pick: Chiefs 27, Eagles 24 in the final.")[0]?.[1]).toBe("Jane Smith");
    const [candidate] = extractPredictions(lead + "I have Arsenal winning 2-1 at the Emirates on Sunday.", {
      publishedAt: published,
    }).candidates;
    expect(candidate?.hedge).toBe("I have");
    expect(candidate?.probability).toBeCloseTo(0.75, 9);
  });

  it("reads no pick in advice after a colon or a label with nothing to judge", () => {
    for (const text of [
      "The tip: book early to save money on 20 flights this summer.",
      "My prediction for the season: nobody really knows what happens.",
    ])
      expect(speakers(lead + text)).toEqual([]);
  });
});

describe("an organisation known by what its apposition calls it", () => {
  it('credits "The company also predicts" after "Kestrel Energy, the state oil company, expects"', () => {
    const text =
      "Kestrel Energy, the state oil company, expects output to rise next year. The company also predicts higher prices.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual(["Kestrel Energy", "Kestrel Energy"]);
  });

  it("keeps a person whose role names an employer a person", () => {
    const text =
      "Jane Smith, an economist at Kestrel Bank, expects rates to fall next year. She also predicts higher prices.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Jane Smith"]);
  });
});

describe("more closing reports of an organisation", () => {
  it('credits ", said a Kestrel Bank spokesperson." to the bank', () => {
    const text = "Growth will slow sharply next year, said a Kestrel Bank spokesperson.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Bank");
  });

  it('credits ", the Kestrel Institute forecast (on Tuesday)." and ", the Kestrel Institute estimates."', () => {
    for (const text of [
      "Growth will slow sharply this year and next, the Kestrel Institute forecast on Tuesday.",
      "Growth will slow sharply next year, the Kestrel Institute forecast.",
      "Growth will slow sharply next year, the Kestrel Institute estimates.",
    ])
      expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel Institute");
  });
});
