import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";
import { quotesAndSpeakers as speakers } from "./test-speakers";

// Sixteenth round: shapes in which ordinary news writing says whose view a forecast is. Each
// positive case gave no speaker (or the wrong one) before its rule; the texts are made up.

const published = new Date("2026-03-02T00:00:00.000Z");
const lead = "Markets were calm on Monday.\n\n";

describe("chances set by a person", () => {
  it('credits "puts the odds of a Labour win at 80%", though the tagger reads "win" as a verb', () => {
    const text = "Peter Chu, the veteran pollster, puts the odds of a Labour win at 80%.";
    expect(speakers(text)).toEqual([[text.slice(0, -1), "Peter Chu"]]);
  });

  it("still needs the number: a cause that raises the odds of a win credits no one", () => {
    const text = "Tariffs raise the odds of a Labour win, and the party will gain seats.";
    expect(speakers(text)[0]?.[1]).toBeNull();
  });
});

describe("a document's author between commas", () => {
  it('credits "The forecast, from the International Energy Agency, shows"', () => {
    const text = "The forecast, from the International Energy Agency, shows demand will peak before 2030.";
    expect(speakers(text)[0]?.[1]).toBe("International Energy Agency");
  });

  it('credits "The report, by Kestrel Bank, says"', () => {
    const text = "The report, by Kestrel Bank, says the housing market will recover next year.";
    expect(speakers(text)[0]?.[1]).toBe("Kestrel Bank");
  });
});

describe("the person before a colon", () => {
  it('gives "she" after a colon to the person the sentence opens with', () => {
    const text = `${lead}Jane Smith was more optimistic: she expects growth of 2% next year.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it("gives it to the person named after a possessive's role, not to the possessor", () => {
    const text = `${lead}Chu's colleague, Jane Smith, was more optimistic: she expects growth of 2% next year.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("a document described by a hyphenated word", () => {
  it('credits the owner of "the Met Office\'s long-range forecast"', () => {
    const text = "The Met Office's long-range forecast suggests the winter will be milder than usual.";
    expect(speakers(text)[0]?.[1]).toBe("Met Office");
  });
});

describe("staff of an organisation and their leaders", () => {
  it('credits the employer of "Forecasters at Kestrel Bank" before ", saying"', () => {
    const text = "Forecasters at Kestrel Bank moved the race to a toss-up, saying the incumbent is likely to lose.";
    expect(speakers(text)[0]?.[1]).toBe("Kestrel Bank");
  });

  it('credits the leader of "A team led by Jane Smith at the University of Leeds"', () => {
    const text = "A team led by Jane Smith at the University of Leeds projects that the glacier will vanish by 2100.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it('credits the leader of "Researchers led by Dr. Jane Smith" with no employer', () => {
    const text = "Researchers led by Dr. Jane Smith predict that the glacier will vanish by 2100.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it('credits the employer of researchers who "found that"', () => {
    const text = "Researchers at the University of Leeds found that the glacier will vanish by 2100.";
    expect(speakers(text)[0]?.[1]).toBe("University of Leeds");
  });

  it("leaves a survey's finding to the survey, not to the economists it asked", () => {
    const text = "A survey of economists found that the central bank will cut rates in June.";
    expect(speakers(text)[0]?.[1]).toBeNull();
  });
});

describe("people introduced without a role", () => {
  it('gives ", the economist said" to the person the sentence before was about ("has spent")', () => {
    const text = `${lead}Jane Smith has spent 30 years forecasting oil prices.\n\n"Prices will fall below $60," the economist said.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it('gives "the Kestrel Energy founder said" to her too', () => {
    const text = `${lead}Jane Smith has spent 30 years forecasting oil prices. Her verdict is blunt.\n\n"Prices will fall below $60," the Kestrel Energy founder said in an interview.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("a panel's list", () => {
  it('credits "Jane Smith (Kestrel Bank): The euro will weaken"', () => {
    const text = `${lead}Jane Smith (Kestrel Bank): The euro will weaken against the dollar.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it('credits "Peter Chu (Norland Institute): Growth could slow"', () => {
    const text = `${lead}Peter Chu (Norland Institute): Growth could slow to 1% next year.`;
    expect(speakers(text)[0]?.[1]).toBe("Peter Chu");
  });

  it("does not read a bracket before a colon as a panel when a verb is inside", () => {
    const text = `${lead}Prices (which rose in May): they will fall again by June.`;
    expect(speakers(text)[0]?.[1]).toBeNull();
  });
});

describe("sources described by what they know", () => {
  it('credits "A Western official briefed on the talks said" to the description', () => {
    const text = "A Western official briefed on the talks said the deal was likely to collapse.";
    expect(speakers(text)[0]?.[1]).toBe("a Western official briefed on the talks");
  });

  it('credits "a diplomat familiar with the negotiations" after "told Reuters"', () => {
    const text = "A diplomat familiar with the negotiations told Reuters a deal would be signed by Friday.";
    expect(speakers(text)[0]?.[1]).toBe("a diplomat familiar with the negotiations");
  });
});

describe("bylines", () => {
  it('does not take a subhead such as "Rates Outlook" for a bare name line', () => {
    const text =
      "Markets brace for a slowdown\n\nRates Outlook\n\nThe economy will slow next year, as consumers cut back.";
    const found = extractPredictions(text, { publishedAt: published, format: "text" }).candidates;
    expect(found.map((candidate) => candidate.speaker)).toEqual([null]);
  });

  it("still reads a bare name line before the first paragraph", () => {
    const text =
      "Markets brace for a slowdown\n\nMaria Lopez\n\nThe economy will slow next year, as consumers cut back.";
    expect(speakers(text)[0]?.[1]).toBe("Maria Lopez");
  });
});

describe("an organisation named before a clause of time or reason", () => {
  it('gives "after the company warned" to the firm the sentence names first', () => {
    const text = `${lead}Shares of Kestrel Corp fell 5% after the company warned that demand would weaken.`;
    expect(speakers(text)[0]?.[1]).toBe("Kestrel Corp");
  });

  it("prefers it to an organisation named in an earlier sentence", () => {
    const text = `${lead}Harlow Bank cut its forecasts. Shares of Kestrel Corp fell as the company said sales would slow.`;
    expect(speakers(text).at(-1)?.[1]).toBe("Kestrel Corp");
  });
});

describe("organisations by their people, units and numbers", () => {
  it('credits "AccuWeather meteorologists expect" to AccuWeather', () => {
    const text = "AccuWeather meteorologists expect the heat wave to last through the weekend.";
    expect(speakers(text)[0]?.[1]).toBe("AccuWeather");
  });

  it("credits the owner of figures, with a plural's possessive", () => {
    const text = "The Office for National Statistics' figures suggest the economy will avoid a recession.";
    expect(speakers(text)[0]?.[1]).toBe("Office for National Statistics");
  });

  it('credits the owner of "chief investment office"', () => {
    const text = "Harlow Wealth Management's chief investment office expects the S&P 500 to end the year at 6,000.";
    expect(speakers(text)[0]?.[1]).toBe("Harlow Wealth Management");
  });

  it("credits the owner of a survey with a name of its own", () => {
    const text = "The Bank of Japan's quarterly Tankan survey showed big manufacturers expect conditions to improve.";
    expect(speakers(text)[0]?.[1]).toBe("Bank of Japan");
  });
});

describe('"or so says"', () => {
  it("credits the person after a comma or a dash", () => {
    for (const text of [
      "Stocks will rally in the second half, or so says Jane Smith.",
      "Stocks will rally in the second half — or so says Jane Smith, Kestrel Bank's chief strategist.",
    ]) {
      expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
    }
  });

  it('leaves "or so" before a number alone', () => {
    const text = "Prices will rise 5% or so next year, Jane Smith said.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("two or three people together", () => {
  const pair = "Jane Smith and Peter Chu, economists at Kestrel Bank, published a note on Monday.";

  it('gives "They expect" and "The pair expect" to the two people a sentence opened with', () => {
    for (const next of ["They expect", "The pair expect", "The two economists expect", "Both expect"]) {
      const text = `${lead}${pair} ${next} the Fed to cut rates in June.`;
      expect(speakers(text)[0]?.[1]).toBe("Jane Smith; Peter Chu");
    }
  });

  it('leaves "They expect" to nobody after one person', () => {
    const text = `${lead}Jane Smith published a note on Monday. They expect the Fed to cut rates in June.`;
    expect(speakers(text)[0]?.[1]).toBeNull();
  });

  it("credits three people listed before the verb", () => {
    const text = `${lead}Jane Smith, Peter Chu and Tom Berg all expect the Fed to cut in June.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith; Peter Chu; Tom Berg");
  });

  it('credits the leader of ", wrote Kestrel Bank economists led by Jane Smith"', () => {
    const text = `${lead}"We see the Fed cutting in June," wrote Kestrel Bank economists led by Jane Smith.`;
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("phrases of holding a view", () => {
  it('credits "is of the view that", "is in no doubt that", "has little doubt"', () => {
    for (const phrase of ["is of the view that", "is in no doubt that", "has little doubt"]) {
      const text = `Jane Smith ${phrase} the rupee will weaken further.`;
      expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
    }
  });

  it('leaves "It is no doubt true that" and "There is little doubt that" to nobody', () => {
    for (const text of ["It is no doubt true that prices will rise.", "There is little doubt that prices will rise."]) {
      expect(speakers(text)[0]?.[1]).toBeNull();
    }
  });

  it('credits "is among the analysts who expect" to the subject', () => {
    const text = "Jane Smith is among the analysts who expect the euro to rise.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it('credits "If Jane Smith is right, ..." to her', () => {
    const text = "If Jane Smith is right, the yen will hit 160 by December.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it('credits ", per Jane Smith of Kestrel Bank" closing the sentence', () => {
    const text = "The euro will weaken, per Jane Smith of Kestrel Bank.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("a government's bodies and spokespeople", () => {
  it("credits a country's ministry, before or after the verb", () => {
    for (const text of [
      "Beijing will retaliate, China's commerce ministry said.",
      "China's commerce ministry said Beijing would retaliate.",
      "Beijing will retaliate, said China's commerce ministry.",
    ]) {
      expect(speakers(text)[0]?.[1]).toBe("China's commerce ministry");
    }
  });

  it("credits the organisation whose spokesman speaks, when none was named", () => {
    const text = `${lead}Jane Smith, an economist, expects a deal. Moscow is unlikely to agree, the Kremlin's spokesman said.`;
    expect(speakers(text).at(-1)?.[1]).toBe("Kremlin");
  });

  it("keeps the spokesman the text introduced", () => {
    const text = `${lead}Dmitry Peskov, the Kremlin's spokesman, spoke on Monday.\n\nMoscow is unlikely to agree, the Kremlin's spokesman said.`;
    expect(speakers(text).at(-1)?.[1]).toBe("Dmitry Peskov");
  });
});

describe("what a poll 'has'", () => {
  it("credits the poll's owner, after words describing the poll", () => {
    for (const [text, owner] of [
      ["A new Kestrel Research poll has Labour on course for a majority of 120 seats.", "Kestrel Research"],
      ["The latest YouGov poll has Labour winning 400 seats.", "YouGov"],
    ]) {
      expect(speakers(text!)[0]?.[1]).toBe(owner);
    }
  });
});

describe("science writing", () => {
  it("does not credit the journal scientists wrote in", () => {
    const text = "Scientists writing in the journal Nature said the reef could disappear by 2050.";
    expect(speakers(text)[0]?.[1]).toBeNull();
  });

  it('credits "Jane Smith and colleagues" and "Jane Smith and her co-authors" to her', () => {
    for (const text of [
      "In a paper published Monday in Science, Jane Smith and colleagues project that the ice sheet will collapse.",
      "Jane Smith and her co-authors expect the trend to accelerate.",
    ]) {
      expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
    }
  });

  it("credits the author of modelling named between commas", () => {
    const text = "The modelling, by Imperial College, suggests deaths could reach 20,000.";
    expect(speakers(text)[0]?.[1]).toBe("Imperial College");
  });
});

describe("a group with one member named", () => {
  it("credits the member named between commas after the group", () => {
    for (const text of [
      "Public health experts, including Jane Smith of Harlow University, say a vaccine is unlikely before 2026.",
      "Economists, including Kestrel Bank's Jane Smith, expect rates to fall.",
      "Several analysts, among them Jane Smith, warn that the rally will fade.",
    ]) {
      expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
    }
  });

  it("leaves the group to nobody when no one is named, or when two are", () => {
    for (const text of [
      "Economists, including those at big banks, expect rates to fall.",
      "Economists, including Jane Smith and Tom Berg, expect rates to fall.",
    ]) {
      expect(speakers(text)[0]?.[1]).toBeNull();
    }
  });
});

describe("documents with names of their own, and a verb first", () => {
  it('credits the owner of "the IMF\'s latest World Economic Outlook"', () => {
    expect(speakers("The IMF's latest World Economic Outlook projects global growth of 3.2% in 2025.")[0]?.[1]).toBe(
      "IMF",
    );
    expect(speakers("The OECD's Economic Outlook forecast growth of 2.7% next year.")[0]?.[1]).toBe("OECD");
  });

  it('credits "Says Jane Smith: “...”"', () => {
    const text = 'Says Jane Smith: "The market will crash."';
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });
});

describe("a line to share, signed with a handle", () => {
  it("spells out a handle whose capitals give a first name and a surname", () => {
    const text = "The economy will slow sharply next year, predicts @JaneSmith.";
    expect(speakers(text)[0]?.[1]).toBe("Jane Smith");
  });

  it("leaves a handle in lower case alone", () => {
    const text = "The economy will slow sharply next year, writes @janesmith.";
    expect(speakers(text)[0]?.[1]).toBeNull();
  });
});

describe('", with analysts expecting ..."', () => {
  it("reads the people after 'with' and their view as a clause of its own", () => {
    const text = `${lead}Brent crude fell 2% on Monday, with analysts at Kestrel Bank expecting prices to slide further.`;
    expect(speakers(text)).toEqual([["analysts at Kestrel Bank expecting prices to slide further", "Kestrel Bank"]]);
  });

  it("credits a group nobody names to no one", () => {
    const text = `${lead}The dollar rose on Monday, with most economists forecasting two cuts this year.`;
    expect(speakers(text)).toEqual([["most economists forecasting two cuts this year", null]]);
  });

  it('leaves "with" before a thing alone', () => {
    const text = `${lead}Prices will rise next year, with energy costing more.`;
    expect(speakers(text).map(([quote]) => quote)).toEqual(["Prices will rise next year, with energy costing more"]);
  });
});

describe('"they" after two organisations', () => {
  it("gives 'They expect' to the two organisations the sentence before opened with", () => {
    const text = `${lead}The IMF and the World Bank released a joint report on Tuesday. They expect growth to slow to 2.5% next year.`;
    expect(speakers(text)[0]?.[1]).toBe("IMF; World Bank");
  });

  it("does not carry them past the next sentence", () => {
    const text = `${lead}The IMF and the World Bank released a joint report on Tuesday. Markets barely moved. They expect growth to slow.`;
    expect(speakers(text)[0]?.[1]).not.toBe("IMF; World Bank");
  });
});

describe("interviews set out as questions and answers", () => {
  it('credits the answers after "Interview: Jane Smith on ..." and "We asked her"', () => {
    const text = [
      "Interview: Jane Smith on the outlook for oil",
      "",
      "Jane Smith is head of commodities research at Kestrel Bank. We asked her about prices.",
      "",
      "Where is oil heading?",
      "",
      "I think Brent will average $70 next year.",
      "",
      "And gas?",
      "",
      "Gas prices will stay high through the winter.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it("credits them to the person after an employer's possessive in a headline on its own line", () => {
    const text = [
      "Q&A with Kestrel Bank's Jane Smith",
      "",
      "Q: Will the Fed cut in June?",
      "",
      "A: Yes. We expect two cuts this year.",
      "",
      "Q: And the dollar?",
      "",
      "A: It will weaken.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Jane Smith"]);
  });
});

describe("a sentence after the forecast saying whose it is", () => {
  it.each([
    ["That, at least, is the view of Jane Smith, chief economist at Kestrel Bank.", "Jane Smith"],
    ["So says Jane Smith of Kestrel Bank.", "Jane Smith"],
    ["Or so Jane Smith believes.", "Jane Smith"],
    ["At least, that is what Kestrel Bank expects.", "Kestrel Bank"],
  ])("gives the forecast before %j to its speaker", (after, speaker) => {
    const text = `${lead}Rates will fall in June. ${after}`;
    expect(speakers(text)[0]).toEqual(["Rates will fall in June", speaker]);
  });
});

describe('"Per" and an organisation opening the sentence', () => {
  it("reads it as 'according to'", () => {
    const text = "Per Counterpoint Research, foldable shipments will double next year.";
    expect(speakers(text)[0]?.[1]).toBe("Counterpoint Research");
  });

  it("keeps 'Per' as a given name before a person's apposition", () => {
    const text = `${lead}Per Hansson, the strategist, said rates will fall.`;
    expect(speakers(text)[0]?.[1]).toBe("Per Hansson");
  });
});
