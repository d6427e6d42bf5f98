import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as speakers } from "./test-speakers";

// Eighteenth round: forecasts set out as a list under a line that says whose they are. The texts are
// made up; each positive case credited no one before carry-lists.ts.

const lead = "Markets were calm on Monday.\n\n";
const speakersOf = (lines: string[]) => speakers(lead + lines.join("\n")).map(([, speaker]) => speaker);

describe("a list under a line naming its owner", () => {
  it('credits numbered items under "Kestrel Bank\'s predictions for 2025:"', () => {
    const lines = [
      "Kestrel Bank's predictions for 2025:",
      "1. The Fed will cut rates three times.",
      "2. Oil will fall below $60 a barrel.",
    ];
    expect(speakersOf(lines)).toEqual(["Kestrel Bank", "Kestrel Bank"]);
  });

  it('credits bullets under "Among Kestrel Bank\'s predictions for next year:"', () => {
    const lines = [
      "Among Kestrel Bank's predictions for next year:",
      "- The Fed will cut rates three times.",
      "- Oil will fall below $60 a barrel.",
    ];
    expect(speakersOf(lines)).toEqual(["Kestrel Bank", "Kestrel Bank"]);
  });

  it('credits the lines after "Here is what Jane Smith expects in 2025."', () => {
    const lines = [
      "Here is what Jane Smith expects in 2025.",
      "The Fed will cut rates three times.",
      "Oil will fall below $60 a barrel.",
    ];
    expect(speakersOf(lines)).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it("stops at an item that credits someone else, and after it", () => {
    const lines = [
      "Kestrel Bank's predictions for 2025:",
      "1. The Fed will cut rates three times.",
      "Peter Chu disagrees. He expects no cuts at all, and says oil will rise.",
      "The dollar will weaken next year.",
    ];
    expect(speakersOf(lines)).toEqual(["Kestrel Bank", "Peter Chu", null]);
  });

  it('leaves the writer\'s own "My predictions for 2025:" and a list of dates', () => {
    expect(speakersOf(["My predictions for 2025:", "1. The Fed will cut rates three times."])).toEqual([null]);
    expect(speakersOf(["Key dates for 2025:", "- The election will be held in May."])).toEqual([null]);
  });
});

describe("a list told in sentences", () => {
  it('credits "First, ... Second, ..." after "X made five predictions for 2025."', () => {
    const text =
      "Jane Smith, chief strategist at Kestrel Bank, made five predictions for 2025. First, the Fed will cut rates three times. Second, oil will fall below $60 a barrel.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it("leaves a pronoun's predictions when the text was about no one", () => {
    const text = "He made five predictions for 2025. First, the Fed will cut rates three times.";
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual([null]);
  });
});

describe("a panel set out under lines naming each speaker", () => {
  const panel = (lines: string[]) =>
    speakers(["What the experts expect for 2025", "", ...lines].join("\n")).map(([, who]) => who);

  it('reads "JANE SMITH, Kestrel Bank" over each one\'s forecasts', () => {
    const lines = [
      "JANE SMITH, Kestrel Bank",
      "The Fed will cut rates three times.",
      "",
      "PETER CHU, Harlow Capital",
      "Oil will fall below $60 a barrel.",
    ];
    expect(panel(lines)).toEqual(["Jane Smith", "Peter Chu"]);
  });

  it('reads "The optimist: Jane Smith, Kestrel Bank", a heading\'s label before the name', () => {
    const lines = [
      "The optimist: Jane Smith, Kestrel Bank",
      "The Fed will cut rates three times.",
      "",
      "The pessimist: Peter Chu, Harlow Capital",
      "Oil will fall below $60 a barrel.",
    ];
    expect(panel(lines)).toEqual(["Jane Smith", "Peter Chu"]);
  });

  it('reads "Jane Smith, Kestrel Bank: “...”", where the person works before the colon', () => {
    const lines = [
      'Jane Smith, Kestrel Bank: "The Fed will cut rates three times."',
      "",
      'Peter Chu, Harlow Capital: "Oil will fall below $60 a barrel."',
    ];
    expect(panel(lines)).toEqual(["Jane Smith", "Peter Chu"]);
  });
});

describe("a line crediting someone, closing with a colon, over a list", () => {
  const items = ["- The Fed will cut rates three times.", "- Oil will fall below $60 a barrel."];

  it('credits the items under "According to Kestrel Bank:" and "Kestrel Bank sees three risks for 2025:"', () => {
    expect(speakersOf(["According to Kestrel Bank:", ...items])).toEqual(["Kestrel Bank", "Kestrel Bank"]);
    expect(speakersOf(["Kestrel Bank sees three risks for 2025:", ...items])).toEqual(["Kestrel Bank", "Kestrel Bank"]);
    expect(speakersOf(["Jane Smith's key takeaways:", ...items])).toEqual(["Jane Smith", "Jane Smith"]);
  });

  it('makes no candidate of "Kestrel Bank expects the following in 2025:"', () => {
    expect(speakers(lead + ["Kestrel Bank expects the following in 2025:", ...items].join("\n"))).toEqual([
      ["- The Fed will cut rates three times", "Kestrel Bank"],
      ["- Oil will fall below $60 a barrel", "Kestrel Bank"],
    ]);
  });
});

describe("a roundup in sections under each forecaster's name", () => {
  const page = (lines: string[]) =>
    speakers(["Where Wall Street sees stocks ending 2025", "", ...lines].join("\n")).map(([, who]) => who);

  it("credits each section that speaks as the organisation its subhead names (not UBS's, which never does)", () => {
    const lines = [
      "Goldman Sachs",
      "The bank expects the S&P 500 to end the year at 6,500. Earnings will grow 10%.",
      "",
      "Morgan Stanley",
      "The firm sees the index at 6,400, with a recession unlikely.",
      "",
      "UBS",
      "The index will reach 6,600 by December.",
    ];
    expect(page(lines)).toEqual(["Goldman Sachs", "Goldman Sachs", "Morgan Stanley", null]);
  });

  it('credits sections under "Kestrel Bank\'s view"', () => {
    const lines = [
      "Kestrel Bank's view",
      "The S&P 500 will end the year at 6,500.",
      "",
      "Harlow Capital's view",
      "The index will reach 6,400 by December.",
    ];
    expect(page(lines)).toEqual(["Kestrel Bank", "Harlow Capital"]);
  });

  it("leaves a single organisation's subhead, which may be a topic", () => {
    const lines = ["Where stocks go next", "", "The Federal Reserve", "The index will reach 6,600 by December."];
    expect(speakers(lines.join("\n")).map(([, who]) => who)).toEqual([null]);
  });
});

describe("companies' names over the writer's own views of them", () => {
  it("are no forecasters", () => {
    const lines = [
      "Three stocks to watch in 2025",
      "",
      "Nvidia Corp",
      "Nvidia will beat estimates again next quarter.",
      "",
      "Kestrel Motors",
      "Kestrel Motors will struggle as sales slow.",
    ];
    expect(speakers(lines.join("\n")).map(([, who]) => who)).toEqual([null, null]);
  });
});

describe("a pronoun's list told in sentences", () => {
  it('credits "She made five predictions for 2025. First, ..." to the person the text was about', () => {
    const text = [
      "Peter Chu of Harlow Capital expects no cuts. Jane Smith is chief strategist at Kestrel Bank. She expects a busy year.",
      "She made five predictions for 2025. First, the Fed will cut rates three times. Second, oil will fall below $60 a barrel.",
    ].join("\n\n");
    expect(speakers(lead + text).map(([, speaker]) => speaker)).toEqual([
      "Peter Chu",
      "Jane Smith",
      "Jane Smith",
      "Jane Smith",
    ]);
  });
});

describe("a line that is only an organisation's name and a colon (nineteenth round)", () => {
  it("gives the lines under 'TD:' and 'Harlow Capital:' to them", () => {
    expect(
      speakersOf([
        "TD:",
        "- We expect payrolls to slow to 175k as surveys signal a pullback below 200k.",
        "- We expect the unemployment rate to slip to 3.9% as a jump in unemployed workers corrects.",
        "Harlow Capital:",
        "- Payrolls will rise 190k in March, we think.",
      ]),
    ).toEqual(["TD", "TD", "Harlow Capital"]);
  });

  it("gives nothing to a line of capitalised words that name no organisation", () => {
    expect(speakersOf(["Key Points:", "- Payrolls will rise 190k in March, we think."])).toEqual([null]);
  });
});
