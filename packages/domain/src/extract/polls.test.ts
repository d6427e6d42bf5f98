import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as speakers } from "./test-speakers";

// Twentieth round: polls and surveys as real pages report them (fresh pages read as dev material).
// Each positive case gave no speaker, the wrong one or no candidate before its rule; the texts are
// made up.

const lead = "Campaigning resumed on Monday after a long weekend of rallies across the country.\n\n";
const found = (text: string) => speakers(lead + text);
const speakersOf = (text: string) => found(text).map(([, speaker]) => speaker);

describe("a poll that forecasts, closing the sentence", () => {
  it("is the poll's owner after 'has predicted'", () => {
    expect(
      speakersOf(
        "An alliance led by the ruling Unity Party is most likely to win the election, a Kestrel poll of 14 leading analysts has predicted.",
      ),
    ).toEqual(["Kestrel"]);
  });

  it("is the poll's owner after 'has shown'", () => {
    expect(speakersOf("The Unity Party will win a majority, a Kestrel poll of 2,000 voters has shown.")).toEqual([
      "Kestrel",
    ]);
  });

  it("is no one's when a person predicted it", () => {
    expect(speakersOf("The Unity Party will win a majority, Jane Smith has predicted.")).toEqual(["Jane Smith"]);
  });
});

describe("the poll's panel giving chances", () => {
  const poll =
    "The Unity Party is most likely to win the election, a Kestrel poll of 14 leading analysts has predicted.\n\n";

  it("is the poll's owner when the panel 'said there was a 32 percent chance'", () => {
    expect(speakersOf(`${poll}Analysts said there was a 32 percent chance the Unity alliance would win.`)).toEqual([
      "Kestrel",
      "Kestrel",
    ]);
    expect(speakersOf(`${poll}On average, analysts said there was a 27 percent chance of a hung parliament.`)).toEqual([
      "Kestrel",
      "Kestrel",
    ]);
  });

  it("is not the poll's when the analysts say what will happen with no chances", () => {
    expect(speakersOf(`${poll}Analysts said the opposition would struggle to form a coalition.`)).toEqual([
      "Kestrel",
      null,
    ]);
  });
});

describe("a poll released by a place's newspaper", () => {
  it("is the newspaper's, not the country's", () => {
    expect(
      speakersOf(
        "Far-right parties are poised to double their seats in the regional election in May, a new poll released by Freedonia's Kestrel newspaper showed.",
      ),
    ).toEqual(["Kestrel"]);
  });

  it("is the person's when the name after the possessive is a person's", () => {
    expect(speakersOf("Rates will fall by June, according to a note by Kestrel Bank's Jane Smith.")).toEqual([
      "Jane Smith",
    ]);
  });
});

describe("what a poll showed, told in the past", () => {
  const poll = "The Unity Party will win the election, a new poll released by the Kestrel Institute showed.\n\n";

  it("is a forecast after 'the poll published on Saturday showed'", () => {
    expect(
      speakersOf(
        `${poll}The poll published on Saturday showed the Green group were likely to win 67 seats, up from 37 now.`,
      ),
    ).toEqual(["Kestrel Institute", "Kestrel Institute"]);
  });

  it("is the past when what showed it is no poll", () => {
    expect(
      found(`${poll}The leaflet published on Saturday showed the Green group were likely to win 67 seats.`).length,
    ).toBe(1);
  });
});

describe("the findings of a poll or survey", () => {
  it("is the poll's owner after 'according to the findings of'", () => {
    expect(
      speakersOf(
        "Jane Doe could become the first sitting premier to lose her seat, according to the findings of a shock new poll published by market research company Kestrel Insight.",
      ),
    ).toEqual(["Kestrel Insight"]);
  });

  it("is the survey's owner when its findings close the sentence", () => {
    expect(
      speakersOf(
        "Economists expect growth of 3.2 percent this year, findings of financial media outlet Kestrel Business Network's survey show.",
      ),
    ).toEqual(["Kestrel Business Network"]);
    expect(
      speakersOf("Economists expect growth of 3.2 percent this year, the findings of a survey by Kestrel Bank show."),
    ).toEqual(["Kestrel Bank"]);
  });
});

describe("a rank before a group", () => {
  it("is no one's name: 'Chief economists expect'", () => {
    expect(speakersOf("Chief economists expect growth of 3.2 percent in Freedonia this year.")).toEqual([null]);
    expect(speakersOf("Kestrel economists expect growth of 3.2 percent in Freedonia this year.")).toEqual(["Kestrel"]);
  });
});

describe("a party in an absolute phrase after 'with'", () => {
  it("is not the speaker of a forecast about it in the passive", () => {
    expect(
      speakersOf(
        "The ruling party is on track to win 53 seats, with the centrist Liberal Democrats expected to run the ruling party close.",
      ),
    ).toEqual([null]);
  });

  it("is the speaker when it expects, with no 'with'", () => {
    expect(speakersOf("The Liberal Democrats expect the vote to be close and the count to run late.")).toEqual([
      "Liberal Democrats",
    ]);
  });
});

describe("a survey its maker names at the start", () => {
  const made =
    "The Kestrel Vote has completed its seventh survey of elections experts ahead of the presidential election.\n\n";

  it("is the maker's: 'In the survey, ... professors predicted', 'The mean forecast is', 'the experts give'", () => {
    expect(
      speakersOf(
        `${made}In the survey, conducted from October 7-9, twelve professors predicted that Jane Doe is likely to win the electoral college. The mean forecast is that Jane Doe will garner 53.7% of the vote.\n\nOn average, the experts give John Roe a 24% chance to get reelected.`,
      ),
    ).toEqual(["Kestrel Vote", "Kestrel Vote", "Kestrel Vote"]);
  });

  it("is no one's when 'we' made it", () => {
    expect(
      speakersOf(
        "We have completed our seventh survey of elections experts ahead of the election.\n\nIn the survey, twelve professors predicted that Jane Doe is likely to win the electoral college.",
      ),
    ).toEqual([null]);
  });
});

describe("a poll's panel opening its lede", () => {
  const lede =
    "Analysts have raised their price forecasts for copper after a series of mine disruptions, a Kestrel poll shows.\n\nCopper has gained 25% so far this year.\n\n";

  it("is the poll's, and so is its median forecast after", () => {
    expect(
      speakersOf(
        `${lede}The copper contract should average $10,500 a ton in 2026, a median forecast of 30 analysts showed, up 7.2% from the July poll.\n\nThey expect the deficit to deepen in 2026 to 150,000 tons.`,
      ),
    ).toEqual(["Kestrel", "Kestrel"]);
  });

  it("is no one's median when no poll was named", () => {
    expect(
      speakersOf(
        "Copper has gained 25% so far this year.\n\nThe copper contract should average $10,500 a ton in 2026, a median forecast of 30 analysts showed, up 7.2% from the July poll.",
      ),
    ).toEqual([null]);
  });
});

describe("a poll's summary figure", () => {
  it("is the poll's owner after 'according to the median forecast of a Kestrel poll'", () => {
    expect(
      speakersOf(
        "Inflation is seen hitting 3.1% in April, a dip from March, according to the median forecast of a Kestrel poll published on Monday.",
      ),
    ).toEqual(["Kestrel"]);
  });

  it("is the poll's owner when it opens a later sentence: 'The average estimate from 22 analysts showed'", () => {
    expect(
      speakersOf(
        "Inflation is seen hitting 3.1% in April, according to the median forecast of a Kestrel poll.\n\nInflation has slowed sharply since December.\n\nThe average estimate from 22 local and foreign analysts showed inflation of 3% for April.",
      ),
    ).toEqual(["Kestrel", "Kestrel"]);
  });
});
