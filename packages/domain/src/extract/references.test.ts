import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";
import { quotesAndSpeakers as speakers, testPublishedAt } from "./test-speakers";

// Nineteenth round: words that refer back to a speaker named before. Each positive case gave no
// speaker (or the wrong one) before its rule; the texts are made up.

const lead = "Markets were calm on Monday.\n\n";
const speakersOf = (text: string) => speakers(lead + text).map(([, speaker]) => speaker);

describe("'the researcher' for a research firm", () => {
  it("is the firm that spoke last when no person was named before", () => {
    expect(
      speakersOf(
        "Kestrel Analytics notes that phone shipments fell in Western Europe in the first half. The researcher sees a recovery strong enough that the region will end the year with growth.",
      ),
    ).toEqual(["Kestrel Analytics"]);
  });

  it("is the person named before, when there is one", () => {
    expect(
      speakersOf(
        "Jane Smith, a researcher at Kestrel University, studied data from Kestrel Analytics. The researcher expects sea levels to rise by a metre by 2100.",
      ),
    ).toEqual(["Jane Smith"]);
  });
});

describe("a group of experts in the lede, named in the next sentence", () => {
  it("is the employer of 'Researchers at X' in the sentence after", () => {
    expect(
      speakersOf(
        "STATEN ISLAND, N.Y. -- Hurricane researchers are predicting 19 named storms during the Atlantic hurricane season.\n\nResearchers at Kestrel State University said Thursday that nine storms will become hurricanes.",
      ),
    ).toEqual(["Kestrel State University", "Kestrel State University"]);
    expect(
      speakersOf(
        "Climate scientists predict that the summer will be hotter than usual. Scientists at the Kestrel Institute said the heat will last until September.",
      ),
    ).toEqual(["Kestrel Institute", "Kestrel Institute"]);
  });

  it("is nobody when the next sentence names other experts", () => {
    expect(
      speakersOf(
        "Climate scientists predict that the summer will be hotter than usual. Economists at the Kestrel Institute said the heat will cost billions.",
      ),
    ).toEqual([null, "Kestrel Institute"]);
  });

  it("is no organisation named by the common word opening the sentence", () => {
    expect(
      speakersOf(
        "Hurricane researchers are predicting 19 named storms this year. The hurricane season starts in June.",
      ),
    ).toEqual([null]);
    expect(speakersOf("Kestrel analysts expect a wet winter in the north.")).toEqual(["Kestrel"]);
  });
});

describe("a survey's panel, called what the survey called it", () => {
  const byline = "Fed to cut three times, economists say\nby: Jane Smith and Tom Berg\n";
  const survey =
    "The central bank is likely to lower rates by a quarter-point this week, according to a survey of 46 economists by Kestrel News. Respondents see policymakers penciling in more cuts in the years ahead. The median projection will likely show rates at 3.5% by the end of next year.";
  const last = (text: string) => speakers(text).at(-1)?.[1];

  it("reads 'More than three-fourths said' as a share of the panel", () => {
    expect(
      last(`${byline}${survey} More than three-fourths said the economy would likely continue to expand next year.`),
    ).toBe("Kestrel News");
  });

  it("goes on past 'Economists see ...' and a phrase before the share", () => {
    expect(
      last(
        `${byline}${survey} Economists see the jobless rate edging up this year. Even with the increased concern about jobs, most said the economy would likely continue to expand.`,
      ),
    ).toBe("Kestrel News");
  });

  it("does not take other experts for the panel of a poll of voters", () => {
    expect(
      speakersOf(
        "Labour would win 320 seats, according to a poll of 2,000 voters by Kestrel Research. Most analysts expect the Conservatives to recover before the vote.",
      ),
    ).toEqual(["Kestrel Research", null]);
  });
});

describe("documents and models credited with the forecast", () => {
  it("reads 'according to research released Thursday by X'", () => {
    expect(
      speakersOf(
        "IT spending around the world will rise 4.6 percent this year, according to research released Thursday by Kestrel Research.",
      ),
    ).toEqual(["Kestrel Research"]);
    expect(
      speakersOf(
        "IT spending will rise 4.6 percent this year, according to new figures published on Monday by Kestrel Research.",
      ),
    ).toEqual(["Kestrel Research"]);
  });

  it("reads 'according to the X statistical model' as X's", () => {
    expect(
      speakersOf("According to the Kestrel statistical model, Argentina has a 14.1% chance of winning the Cup."),
    ).toEqual(["Kestrel"]);
  });

  it("reads 'The model gives' as the owner of the model named before", () => {
    expect(
      speakersOf(
        "Goldman Sachs released a model of the tournament on Monday. The model gives Argentina a 14.1% chance of winning the Cup.",
      ),
    ).toEqual(["Goldman Sachs"]);
  });
});

describe("'So suggests X' after the forecast", () => {
  it("credits the person after the employer's role", () => {
    expect(
      speakersOf(
        "IT spending will rise 4.6 percent this year. So suggests Kestrel Bank's chief market strategist Jane Smith, who is sticking with her target.",
      ),
    ).toEqual(["Jane Smith"]);
  });
});

describe("a poll reported in the past tense", () => {
  const found = (text: string) =>
    extractPredictions(lead + text, { publishedAt: testPublishedAt, format: "text" }).candidates.map((candidate) => [
      candidate.speaker,
      candidate.hedge,
      candidate.probability,
    ]);

  it("keeps what a poll or a model showed as its forecast", () => {
    expect(found("The Kestrel opinion poll showed that the coalition could win 285 seats.")).toEqual([
      ["Kestrel", "could", 0.4],
    ]);
    expect(found("The Kestrel Research model found that the coalition would win 285 seats.")).toEqual([
      ["Kestrel Research", "would", 0.95],
    ]);
    expect(found("The Kestrel Bank report showed that the coalition could win 285 seats.")).toEqual([]);
  });

  it("reads the owner past an aside saying when the poll came out, and a name joined by a hyphen", () => {
    expect(
      found(
        "The Kestrel TV-CNX opinion poll, telecast after the election commissioner Jane Smith announced the schedule, showed that the coalition led by Prime Minister Tom Berg could win 285 seats.",
      ),
    ).toEqual([["Kestrel TV-CNX", "could", 0.4]]);
    expect(found("The Kestrel TV poll, released on Monday, shows that the coalition will win 285 seats.")[0]?.[0]).toBe(
      "Kestrel TV",
    );
  });

  it("credits a poll closing the lede to the one named in the next paragraph", () => {
    expect(
      found(
        "The coalition will win a majority of seats in the elections, a nationwide opinion poll has shown.\n\nThe Kestrel TV-CNX opinion poll showed that the coalition could win 285 seats.",
      ).map(([speaker]) => speaker),
    ).toEqual(["Kestrel TV-CNX", "Kestrel TV-CNX"]);
  });
});

describe("a forecast standing in an organisation's document", () => {
  it("credits 'according to a forecast (included) in X's outlook' to X", () => {
    expect(
      speakersOf(
        "By 2030, electric vehicles could make up 35 percent of new car sales, according to a forecast included in the Kestrel Energy Agency’s annual outlook.",
      ),
    ).toEqual(["Kestrel Energy Agency"]);
    expect(
      speakersOf(
        "By 2030, electric vehicles could make up 35 percent of new car sales, according to a forecast in the Kestrel Energy Agency’s annual outlook.",
      ),
    ).toEqual(["Kestrel Energy Agency"]);
  });

  it("credits no one for a forecast in a document nobody owns", () => {
    expect(
      speakersOf(
        "By 2030, electric vehicles could make up 35 percent of new car sales, according to a forecast in the annual outlook.",
      ),
    ).toEqual([null]);
  });
});

describe("an organisation referred to by where it is based and whose it is", () => {
  it("reads 'The Rome-based United Nations agency said' as the agency named before, and goes on with it", () => {
    expect(
      speakersOf(
        [
          "World food prices are expected to remain high this year, said the Kestrel Food Organization (KFO) on Tuesday, which also forecast a record harvest for cereals.",
          "The Rome-based United Nations agency said in its outlook that high prices are likely to prevail for the rest of this year.",
          "The KFO Food Price Index eased to 232 points in May. The agency cited the declines in prices of cereals and sugar.",
          "In 2027, cereals production is expected to be a record 2.315 billion tonnes, up 3.5 percent.",
        ].join("\n"),
      ),
    ).toEqual(["Kestrel Food Organization", "Kestrel Food Organization", "Kestrel Food Organization"]);
  });
});

describe("a poll's figures told in the past tense", () => {
  it("credits 'were expected to rise' to the poll the article reports, after a quotation between", () => {
    expect(
      speakersOf(
        [
          "House prices will fall 5% next year, according to a Kestrel Research poll of 20 property analysts.",
          "“Prices will keep falling as rates rise,” said Jane Smith, president of Harlow Realty.",
          "Average house prices were expected to rise 10.0% this year, up from a 9.2% rise predicted in a March poll.",
          "Prices everywhere are widely expected to fall next year.",
        ].join("\n"),
      ),
    ).toEqual(["Kestrel Research", "Jane Smith", "Kestrel Research", null]);
  });
});

describe("a person named again by part of the name", () => {
  it("reads 'Villeroy' as 'Francois Villeroy de Galhau' (the word before a particle)", () => {
    expect(
      speakersOf(
        "Central bank chief Francois Villeroy de Galhau spoke on Monday. Villeroy said the next move will be a cut.",
      ),
    ).toEqual(["Francois Villeroy de Galhau"]);
  });

  it("reads 'Lord Hayward' as 'Robert Hayward' (a peer's title before the surname)", () => {
    expect(
      speakersOf("Pollster Robert Hayward spoke to reporters on Monday. Lord Hayward said Labour could lose 40 seats."),
    ).toEqual(["Robert Hayward"]);
  });

  it("leaves a trade capitalised before the name out of it", () => {
    expect(
      speakersOf(
        "Meteorologist Jane Smith and colleagues spoke on Monday. Smith expects three major hurricanes this year.",
      ),
    ).toEqual(["Jane Smith"]);
  });
});

describe("an interview set out as questions and answers under the interviewee's name", () => {
  const interview = (question: string) =>
    [
      "WASHINGTON - The economy boasts an unemployment rate near its lowest level in half a century, but growth has been slowing.",
      "Jane Smith",
      `${question}Last year, the economy grew 2.3%. That was the slowest in three years. What are you forecasting for this year?`,
      "A: We are forecasting 1.7% GDP growth for 2027. There are a few drags on the economy.",
      `${question}What is the Fed likely to do this year?`,
      "A: I think we will see the Fed stay on hold.",
    ].join("\n");

  // (A prose line first: a short one would make the name a byline over a headline and standfirst.)
  const answers = (question: string) =>
    speakers(`The markets were quiet on Tuesday as traders waited.\n\n${interview(question)}`).map(([, who]) => who);

  it("gives the answers to the name on the line above the first 'Q:'", () => {
    expect(answers("Q: ")).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it("needs the questions labelled 'Q:'", () => {
    expect(answers("")).toEqual([null, null]);
  });
});

describe("what a firm makes, before its name", () => {
  it("reads 'The company' after 'Semiconductor maker X' and 'Chipmaker X' as X", () => {
    for (const opening of ["Semiconductor maker", "Chip maker", "Chipmaker"]) {
      expect(
        speakersOf(
          `${opening} Kestrel Technology shared its earnings report on Thursday. The company also predicts between $1.43 and $1.53 in adjusted EPS next quarter.`,
        ),
      ).toEqual(["Kestrel Technology"]);
    }
  });
});

describe("an abbreviation of words in lower case", () => {
  it("is a term, no organisation to credit", () => {
    expect(
      speakersOf(
        "Kestrel Polling bases its results on age, gender and past vote.\n\nThe multilevel regression and post-stratification (MRP) model is then used to give a picture across every constituency. It says national vote shares will be the Conservatives on 43% and Labour 32%.",
      ),
    ).toEqual([null]);
    expect(speakersOf("The Kestrel Budget Office (KBO) expects the deficit to widen in 2027.")).toEqual([
      "Kestrel Budget Office",
    ]);
  });
});

describe("a poll credited before its owner is named", () => {
  it("credits 'according to a major poll that ...' to the pollster the next sentence names", () => {
    expect(
      speakersOf(
        "Jane Smith has been predicted to secure a big majority in next month’s election, according to a major poll that correctly predicted the 2017 vote.\n\nThe survey, conducted by Kestrel Polling, says that the Conservatives will win 359 seats.",
      ),
    ).toEqual(["Kestrel Polling", "Kestrel Polling"]);
  });
});

describe("someone unnamed, described by trade, named in the next sentence", () => {
  it("credits '..., according to an influential pollster.' to the pollster named next", () => {
    expect(
      speakersOf(
        "Jane Smith would be on course for a 100-seat majority if she called a snap election this year, according to an influential pollster.\nElections analyst Tom Berg told Kestrel News the Tories would surge to victory.",
      ),
    ).toEqual(["Tom Berg", "Tom Berg"]);
  });

  it("keeps the description when nobody is named next", () => {
    expect(
      speakersOf(
        "Jane Smith would be on course for a 100-seat majority if she called a snap election this year, according to an influential pollster.\nThe markets were calm on Tuesday as traders waited for the jobs figures.",
      ),
    ).toEqual(["an influential pollster"]);
  });
});
