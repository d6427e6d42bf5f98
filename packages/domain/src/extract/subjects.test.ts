import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as speakers, speakersAndHedges } from "./test-speakers";

// Eighteenth round: subjects that stand apart from their verb of saying (documents in the plural,
// a second verb after "but", a time after an apposition), and words that only look like a subject.
// Each positive case gave no speaker (or the wrong one) before its rule; the texts are made up.

const lead = "Markets were calm on Monday.\n\n";
const speakerOf = (text: string) => speakers(lead + text)[0]?.[1];
const hedged = (text: string) => speakersAndHedges(lead + text);

describe("documents in the plural, opening the sentence with their author", () => {
  it('credits "Estimates released by X show (that)"', () => {
    expect(speakerOf("Estimates released by the Kestrel Institute show the deficit will widen to 6% next year.")).toBe(
      "Kestrel Institute",
    );
    expect(
      speakerOf("Estimates released by the Kestrel Institute show that the deficit will widen to 6% next year."),
    ).toBe("Kestrel Institute");
  });

  it("credits the author of the documents a participle's clause goes with, not their capitalised noun", () => {
    const text =
      "Projections published by the World Health Organization have focused on the worst cases, concluding that infections in Europe will stay rare.";
    expect(speakerOf(text)).toBe("World Health Organization");
  });

  it("leaves documents that report nothing, and a show that is a programme", () => {
    expect(
      speakerOf("Reports released by the Kestrel Institute have been wrong before, but growth will slow next year."),
    ).toBeNull();
    expect(speakerOf("The show that aired on Tuesday will return next year, its producer Jane Smith said.")).toBe(
      "Jane Smith",
    );
  });
});

describe("a possessive's participle describing what it owns", () => {
  it('credits no one for "Labour\'s expected losses were trimmed"', () => {
    const text =
      "Labour's expected losses were trimmed this week, but the party is still on track to lose about 550 seats.";
    expect(speakerOf(text)).toBeNull();
    expect(speakerOf("Kestrel Bank's projected deficits are large, and they will grow by 2027.")).toBeNull();
  });

  it('still credits "Moody\'s expects" and "Moody\'s said"', () => {
    expect(speakerOf("Moody's expects the deficit to widen to 6% next year.")).toBe("Moody's");
    expect(speakerOf("Moody's said the deficit will widen to 6% next year.")).toBe("Moody's");
  });
});

describe('a second verb after "but"', () => {
  it('credits "cut rates on Monday but predicted that"', () => {
    expect(speakerOf("Kestrel Bank cut rates on Monday but predicted that inflation will rise.")).toBe("Kestrel Bank");
    expect(speakerOf("Jane Smith lost the vote but predicted that she will win next time.")).toBe("Jane Smith");
  });

  it("credits a one-word name whose second verb sets the chances", () => {
    const text =
      "Fivethirtyeight had the candidates 3.5 points apart but pegged Clinton's chance of winning at 69 per cent.";
    expect(speakerOf(text)).toBe("Fivethirtyeight");
  });

  it("leaves a subject that is no one's name", () => {
    expect(speakerOf("Stocks fell on Monday but are likely to recover by June.")).toBeNull();
    expect(speakerOf("Inflation rose in May and is expected to climb further.")).toBeNull();
  });
});

describe("a time between an apposition and the verb", () => {
  it('credits "X, a think tank in London, on Monday said" and "last week said"', () => {
    expect(speakerOf("The Kestrel Institute, a think tank in London, on Monday said a recession will come.")).toBe(
      "Kestrel Institute",
    );
    expect(speakerOf("Jane Smith, an economist at Kestrel Bank, last week said a recession will come.")).toBe(
      "Jane Smith",
    );
  });
});

describe("a document made by one author or two", () => {
  it('credits "produced by", "carried out by" and "put together by" between commas', () => {
    const claim = "predicts that growth will slow to 1% next year.";
    expect(speakerOf(`The study, produced by the Kestrel Institute, ${claim}`)).toBe("Kestrel Institute");
    expect(speakerOf(`The analysis, carried out by Kestrel Economics, ${claim}`)).toBe("Kestrel Economics");
    expect(speakerOf(`The study, put together by Populus, ${claim}`)).toBe("Populus");
  });

  it('credits both authors joined by "and", past what each is', () => {
    expect(speakerOf("The research, put together by pollsters Populus and Hanover, predicts a hung parliament.")).toBe(
      "Populus; Hanover",
    );
    expect(
      speakerOf("The report, published by Kestrel Bank and Harlow Capital, predicts that growth will slow next year."),
    ).toBe("Kestrel Bank; Harlow Capital");
  });

  it("leaves research that opens no document's credit", () => {
    expect(speakerOf("Research and development spending will grow by 5% next year.")).toBeNull();
  });
});

describe("a sentence after a forecast that says whose it is", () => {
  const forecast = "Inflation will fall to 2% by June.";
  const credited = (after: string) => speakers(`${lead}${forecast} ${after}`);

  it('credits "That\'s the prediction from X", "That was the verdict of economists at X", "That\'s the bet of X"', () => {
    expect(credited("That's the prediction from Kestrel Bank.")).toEqual([[forecast.slice(0, -1), "Kestrel Bank"]]);
    expect(credited("That was the verdict of economists at Kestrel Bank.")[0]?.[1]).toBe("Kestrel Bank");
    expect(credited("That's the takeaway from Kestrel Bank's latest outlook.")[0]?.[1]).toBe("Kestrel Bank");
    expect(credited("That's the bet of Jane Smith, a fund manager at Kestrel Capital.")[0]?.[1]).toBe("Jane Smith");
  });

  it('credits "X says so." and "X, chief economist at Y, made that call on Tuesday."', () => {
    expect(credited("Kestrel Bank says so.")).toEqual([[forecast.slice(0, -1), "Kestrel Bank"]]);
    expect(credited("Jane Smith, chief economist at Kestrel Bank, made that call on Tuesday.")).toEqual([
      [forecast.slice(0, -1), "Jane Smith"],
    ]);
    expect(credited("Kestrel Bank made the forecast in a note on Tuesday.")[0]?.[1]).toBe("Kestrel Bank");
  });

  it("leaves a call made by a group nobody names", () => {
    expect(credited("Analysts made the forecast in a note.")[0]?.[1]).toBeNull();
    expect(credited("Few made that call a year ago.")[0]?.[1]).toBeNull();
  });

  it("makes no candidate of a sentence that only credits the forecast before it", () => {
    expect(credited("So predicts Jane Smith of Kestrel Bank.")).toEqual([[forecast.slice(0, -1), "Jane Smith"]]);
    expect(credited("Kestrel Bank expects as much.")).toEqual([[forecast.slice(0, -1), "Kestrel Bank"]]);
    expect(credited("Jane Smith predicts so, too.")).toEqual([[forecast.slice(0, -1), "Jane Smith"]]);
  });

  it('keeps an imperative "So expect ..." as a forecast of its own', () => {
    const text = "So expect a tight playoff race for the seven spots.";
    expect(speakers(lead + text)).toEqual([[text.slice(0, -1), null]]);
  });
});

describe('"if X is right"', () => {
  it("credits the name the condition says may be right", () => {
    expect(speakerOf("Inflation will fall to 2% by June, if Jane Smith is right.")).toBe("Jane Smith");
    expect(speakerOf("If Kestrel Bank's forecast is correct, inflation will fall to 2% by June.")).toBe("Kestrel Bank");
  });

  it("leaves a condition about anything else", () => {
    expect(speakerOf("If the weather is right, the harvest will be large.")).toBeNull();
    expect(speakerOf("If Arsenal win on Sunday, they will top the table.")).toBeNull();
  });
});

describe("a document referred back to", () => {
  it("is the owner's whose document of that kind was named last", () => {
    const text = [
      "A Kestrel Research survey gives the alliance 272 seats.",
      "The Norland Polling survey sees the party getting 251 seats. The survey also sees the opposition managing just 101 seats.",
    ].join("\n\n");
    expect(speakers(`${lead}${text}`).map(([, speaker]) => speaker)).toEqual(["Norland Polling", "Norland Polling"]);
  });

  it("is still the earlier owner's when the later sentence only cites another's document", () => {
    const text = [
      "The Norland Polling survey sees the party getting 251 seats.",
      "Kestrel Bank, citing a report by the Harlow Institute, expects growth of 2% next year. The survey also sees the opposition managing just 101 seats.",
    ].join("\n\n");
    expect(speakers(`${lead}${text}`).map(([, speaker]) => speaker)).toEqual([
      "Norland Polling",
      "Kestrel Bank",
      "Norland Polling",
    ]);
  });
});

describe("a lead-in in capitals", () => {
  it("gives no name from its words", () => {
    expect(speakerOf("HEALTH OFFICIALS ARE warning that the upcoming flu season could be severe.")).toBeNull();
    expect(
      speakerOf("ONLINE SHOPPING TO RISE has issued its forecast, predicting that sales will grow 13 percent."),
    ).toBeNull();
  });

  it("leaves an acronym on its own and a name after the lead-in", () => {
    expect(speakerOf("NASA expects the solar cycle to peak in 2025.")).toBe("NASA");
    expect(speakerOf("IMF SEES RECESSION: The IMF expects a recession next year.")).toBe("IMF");
  });
});

describe("the outcome a forecaster holds likeliest", () => {
  it('reads "is the most likely outcome" and "The most likely scenario is" as "likely"', () => {
    expect(hedged("A cut in June is the most likely outcome, says Jane Smith.")).toEqual([
      ["Jane Smith", "most likely", 0.75],
    ]);
    expect(hedged("The most likely scenario is a hung parliament, Jane Smith said.")).toEqual([
      ["Jane Smith", "most likely", 0.75],
    ]);
  });

  it("leaves an outcome that was likeliest, and an explanation", () => {
    expect(hedged("A hung parliament was the most likely outcome in 2017, Jane Smith said.")).toEqual([]);
    expect(hedged("The most likely explanation is that the data were wrong.")).toEqual([]);
  });

  it('reads "Our base case is for two cuts" and "X\'s central scenario is for growth of 1%"', () => {
    expect(hedged("Our base case is for two cuts this year, Jane Smith wrote.")).toEqual([
      ["Jane Smith", "base case", 0.75],
    ]);
    expect(hedged("Kestrel Bank's central scenario is for growth of 1% in 2025.")).toEqual([
      ["Kestrel Bank", "central scenario", 0.75],
    ]);
    expect(hedged("The court case is for damages of $2 million.")).toEqual([]);
  });
});

describe("a surname credited before the full name is given", () => {
  it("is the full name, once the text has given it", () => {
    const text = '"Profits will rise next year," Smith said.\n\nJane Smith is the chief executive of Kestrel Bank.';
    expect(speakers(lead + text)).toEqual([['"Profits will rise next year," Smith said', "Jane Smith"]]);
  });

  it("leaves an organisation the text credited as one", () => {
    const text =
      "Kestrel, a research firm, expects inflation to fall next year.\n\nJane Kestrel founded the firm in 1990.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Kestrel");
  });
});

describe("estimates closing or opening the sentence", () => {
  it('credits ", Kestrel Bank economists estimate." and ", economists at Kestrel Bank estimate."', () => {
    expect(speakerOf("Inflation will fall to 2% by June, Kestrel Bank economists estimate.")).toBe("Kestrel Bank");
    expect(speakerOf("Inflation will fall to 2% by June, economists at Kestrel Bank estimate.")).toBe("Kestrel Bank");
  });

  it('credits "By Kestrel Bank\'s estimate, ..." and "..., by Kestrel Bank\'s reckoning."', () => {
    expect(speakerOf("By Kestrel Bank's estimate, inflation will fall to 2% by June.")).toBe("Kestrel Bank");
    expect(speakerOf("Inflation will fall to 2% by June, by Kestrel Bank's reckoning.")).toBe("Kestrel Bank");
  });

  it("leaves an estimate that is the claim's object, and a possessive that is no estimate", () => {
    expect(speakerOf("Growth will beat the economists' estimate by June.")).toBeNull();
    expect(speakerOf("By Kestrel Bank's standards, inflation will stay high next year.")).toBeNull();
  });
});

describe("views held in other words", () => {
  it('credits "X wouldn\'t be surprised if" and "would not be surprised to see", read as "may well"', () => {
    expect(hedged("Jane Smith wouldn't be surprised if inflation fell to 2% by June.")).toEqual([
      ["Jane Smith", "wouldn't be surprised", 0.55],
    ]);
    expect(hedged("Kestrel Bank would not be surprised to see inflation fall to 2% by June.")).toEqual([
      ["Kestrel Bank", "would not be surprised", 0.55],
    ]);
  });

  it('reads "Nobody would be surprised if" as no one\'s surprise', () => {
    expect(hedged("Nobody would be surprised if inflation fell to 2% by June.")).toEqual([
      [null, "Nobody would be surprised", 0.55],
    ]);
  });
});

describe("more verbs of saying", () => {
  it('credits "Jane Smith advises", "quipped", and "maintains that"', () => {
    expect(speakerOf("Look for inflation to fall to 2% by June, Jane Smith advises.")).toBe("Jane Smith");
    expect(speakerOf("Inflation will fall to 2% by June, Jane Smith quipped.")).toBe("Jane Smith");
    expect(speakerOf("Kestrel Bank maintains that inflation will fall to 2% by June.")).toBe("Kestrel Bank");
  });

  it('leaves "maintain" that keeps something', () => {
    const text =
      "Prime Minister Jane Smith has maintained a consistent polling lead since October. Her rival has made gains and the polling will spur on his activists.";
    expect(speakerOf(text)).toBeNull();
  });
});

describe("a dash before whose view the sentence gave", () => {
  it('credits "— that\'s the word from X" and "– that is the view of X, chief economist at Y"', () => {
    expect(speakers(lead + "Inflation will fall to 2% by June — that's the word from Kestrel Bank.")).toEqual([
      ["Inflation will fall to 2% by June", "Kestrel Bank"],
    ]);
    expect(
      speakerOf("Inflation will fall to 2% by June – that is the view of Jane Smith, chief economist at Kestrel Bank."),
    ).toBe("Jane Smith");
  });

  it('credits "That is the word from X." after the forecast as well', () => {
    expect(speakers(`${lead}Inflation will fall to 2% by June. That is the word from Kestrel Bank.`)[0]?.[1]).toBe(
      "Kestrel Bank",
    );
  });
});

describe("an interview set out as questions and answers", () => {
  const interview = (opening: string[]) =>
    speakers(
      [
        ...opening,
        "Q: Where are rates headed?",
        "A: The Fed will cut twice this year, probably starting in June.",
        "Q: And inflation?",
        "A: Inflation will fall to 2% by December.",
      ].join("\n"),
    ).map(([, speaker]) => speaker);

  it("credits the answers to the person the headline names, with a byline between", () => {
    const opening = [
      "What next for rates? An interview with Jane Smith",
      "By Peter Chu",
      "We met on Tuesday in London.",
    ];
    expect(interview(opening)).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it('credits them to the person named before "We spoke to her"', () => {
    const opening = [
      "What next for rates?",
      "By Peter Chu",
      "Jane Smith is chief economist at Kestrel Bank. We spoke to her on Tuesday.",
    ];
    expect(interview(opening)).toEqual(["Jane Smith", "Jane Smith"]);
  });
});

describe("a common noun's plural opening the sentence", () => {
  it("is a group nobody names, not a name", () => {
    for (const group of ["Consumers", "Banks", "Regulators", "Homeowners"]) {
      expect(speakerOf(`${group} expect inflation to fall to 2% next year.`)).toBeNull();
    }
  });

  it("leaves names the model does not know as words, and a surname the text gave in full", () => {
    expect(speakerOf("Barclays expects inflation to fall to 2% next year.")).toBe("Barclays");
    expect(speakerOf("Reuters expects inflation to fall to 2% next year.")).toBe("Reuters");
    const text = "Jane Brooks runs the Kestrel Fund.\n\nBrooks expects inflation to fall to 2% next year.";
    expect(speakers(lead + text)[0]?.[1]).toBe("Jane Brooks");
  });
});

describe("wagers, and views softened by a modal", () => {
  it('reads "bet on" as "I expect", and a denied wager as "unlikely"', () => {
    expect(hedged('"I\'d bet on a cut in June," Jane Smith said.')).toEqual([["Jane Smith", "bet on", 0.75]]);
    expect(hedged("Jane Smith is betting on a cut in June.")).toEqual([["Jane Smith", "betting on", 0.75]]);
    expect(hedged('"I wouldn\'t bet on a cut in June," Jane Smith said.')).toEqual([
      ["Jane Smith", "wouldn't bet on", 0.2],
    ]);
    expect(hedged('"Don\'t bet on a cut in June," Jane Smith said.')).toEqual([["Jane Smith", "Don't bet on", 0.2]]);
  });

  it('credits "Jane Smith would bet on" and "would expect" to her', () => {
    expect(hedged("Jane Smith would bet on inflation falling to 2% by June.")).toEqual([
      ["Jane Smith", "would bet on", 0.75],
    ]);
    expect(speakerOf("Jane Smith would expect inflation to fall to 2% by June.")).toBe("Jane Smith");
  });

  it('leaves "could see", which forecasts what the subject will undergo', () => {
    expect(speakerOf("Kestrel Motors could see sales fall 10% next year.")).toBeNull();
  });
});

describe("a name and what the person is, then a colon and a quotation", () => {
  it('credits "Jane Smith, chief economist at Kestrel Bank: “...”" and "Kestrel Bank\'s Jane Smith: “...”"', () => {
    expect(
      speakerOf('Markets rallied on Tuesday. Jane Smith, chief economist at Kestrel Bank: "The Fed will cut in June."'),
    ).toBe("Jane Smith");
    expect(speakerOf('Kestrel Bank\'s Jane Smith: "The Fed will cut in June."')).toBe("Jane Smith");
  });

  it("leaves a colon that introduces no quotation", () => {
    expect(speakerOf("Jane Smith, chief economist at Kestrel Bank: the Fed will cut in June.")).toBeNull();
  });
});

describe('"the Kestrel Bank economist said" with no such economist named before', () => {
  it("is the person last named, whom the reference tells more of", () => {
    const text = "Jane Smith expects a slowdown. The Fed will cut in June, the Kestrel Bank economist said.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it("is the bank when the person last named works elsewhere", () => {
    const text =
      "Peter Chu of Harlow Capital expects no cuts.\n\nThe Fed will cut in June, the Kestrel Bank economist said.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual(["Peter Chu", "Kestrel Bank"]);
  });
});

describe("an apposition whose closing comma was left out (nineteenth round)", () => {
  it("credits the person named before it, not the employer next to the verb", () => {
    expect(speakerOf("Jane Smith, chief economist at Kestrel Bank said rates will fall next year.")).toBe("Jane Smith");
    expect(
      speakerOf(
        "Jane Smith, Program Director with Kestrel's Worldwide Quarterly Phone Tracker said 2027 will be a year of transition.",
      ),
    ).toBe("Jane Smith");
    expect(
      speakerOf("Jane Smith, a senior fellow at the Kestrel Institute told reporters that the talks will fail."),
    ).toBe("Jane Smith");
  });

  it("leaves alone a description without a role, and a relative clause", () => {
    expect(speakerOf("In London, analysts at Kestrel Bank said rates will fall next year.")).toBe("Kestrel Bank");
    expect(speakerOf("Jane Smith, whose team at Kestrel Bank said rates will fall, disagrees.")).not.toBe("Jane Smith");
  });
});

describe("who is given the chances (nineteenth round)", () => {
  it("is no speaker after a participle with no 'has'", () => {
    expect(
      speakerOf(
        "Kestrel Bank ran the numbers. Brazil and Spain follow Germany, with the South Americans given a 19.8 per cent chance and Spain a 16.1 per cent shot.",
      ),
    ).toBeNull();
    expect(
      speakerOf("Kestrel Bank ran the numbers. Brazil is given a 19.8 per cent chance of winning the cup."),
    ).toBeNull();
  });

  it("is still the one who gives them", () => {
    expect(speakerOf("Kestrel Bank has given Brazil a 19.8 per cent chance of winning the cup.")).toBe("Kestrel Bank");
    expect(speakerOf("Kestrel Bank gives Brazil a 19.8 per cent chance of winning the cup.")).toBe("Kestrel Bank");
  });
});

describe("'..., X reported.' closing a forecast (nineteenth round)", () => {
  it("credits a bank or a firm that reports its own forecast", () => {
    expect(speakerOf("The Brent benchmark may cost $100 per barrel by December, Goldman Sachs reported.")).toBe(
      "Goldman Sachs",
    );
  });

  it("leaves an outlet's report to what the text credits, and keeps a speaker the sentence names", () => {
    expect(speakerOf("The Brent benchmark may cost $100 per barrel by December, Reuters reported.")).toBeNull();
    expect(
      speakerOf("The Brent benchmark may cost $100 per barrel by December, the Kestrel Times reported."),
    ).toBeNull();
    expect(
      speakerOf(
        "Jane Smith predicted the Brent benchmark will cost $100 per barrel by December, Goldman Sachs reported.",
      ),
    ).toBe("Jane Smith");
  });
});

describe("a role holding a participle before a noun (nineteenth round)", () => {
  it("reads 'head of fixed income research, Jane Smith, argues' as the person", () => {
    expect(speakerOf("Kestrel Bank's head of fixed income research, Jane Smith, argues that rates will fall.")).toBe(
      "Jane Smith",
    );
  });
});

describe("a forecast held to (nineteenth round)", () => {
  it("credits 'stands by its prediction that' and 'maintained its view that' to the subject", () => {
    expect(speakerOf("Kestrel Motors stands by its prediction that auto sales will hit 18.1 million in 2027.")).toBe(
      "Kestrel Motors",
    );
    expect(speakerOf("Kestrel Bank maintained its view that rates will fall twice in 2027.")).toBe("Kestrel Bank");
  });

  it("credits no one for a view that is no forecast's holder", () => {
    expect(speakerOf("Kestrel Bank stands by the river, where rates will fall twice in 2027.")).toBeNull();
  });
});
