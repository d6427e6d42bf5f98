import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";

const published = new Date("2025-06-01T00:00:00.000Z");
const byline = (text: string) => {
  const result = extractPredictions(text, { publishedAt: published, format: "text" });
  return { authors: result.authors, speakers: result.candidates.map((candidate) => candidate.speaker) };
};

describe("bylines pages print (tenth round)", () => {
  it("reads two names joined by 'and' on a line of their own", () => {
    const text = [
      "Why the Fed will cut in June",
      "Jane Smith and Tom Berg",
      "Published 9:00 AM EDT, Sun June 1, 2025",
      "",
      "The Fed will cut rates in June.",
    ].join("\n");
    expect(byline(text)).toEqual({ authors: ["Jane Smith", "Tom Berg"], speakers: ["Jane Smith; Tom Berg"] });
  });

  it("reads a bare name with the author's handle after it (fourteenth round)", () => {
    const text = ["Why the Fed will cut in June", "Jane Smith @janesmith", "", "The Fed will cut rates in June."].join(
      "\n",
    );
    expect(byline(text)).toEqual({ authors: ["Jane Smith"], speakers: ["Jane Smith"] });
  });

  it("reads a name with a date and a reading time after separators", () => {
    const text = [
      "Why the Fed will cut in June",
      "",
      "Jane Smith | June 1, 2025 | 5 min read",
      "",
      "The Fed will cut rates in June.",
    ].join("\n");
    expect(byline(text).authors).toEqual(["Jane Smith"]);
  });

  it("writes a byline in capitals as names are written", () => {
    const text = ["Why the Fed will cut in June", "", "BY JANE O'BRIEN", "", "The Fed will cut rates in June."].join(
      "\n",
    );
    expect(byline(text).authors).toEqual(["Jane O'Brien"]);
  });

  it("does not read a section's two words as two authors", () => {
    const text = ["Markets and Politics", "", "The Fed will cut rates in June, Jane Smith said."].join("\n");
    expect(byline(text).authors).toEqual([]);
  });
});

describe("speakers set out as labels with a colon (eleventh round)", () => {
  const speakersOf = (lines: string[]) =>
    extractPredictions(lines.join("\n"), { publishedAt: published, format: "text" }).candidates.map((candidate) => [
      candidate.quote,
      candidate.speaker,
    ]);

  it("credits a panel's labelled answers, on the label's line and the paragraphs under it", () => {
    expect(
      speakersOf([
        "We asked two analysts for their forecasts.",
        "",
        "Jane Smith: Rates will probably fall by June.",
        "",
        "Tom Berg: Patriots 30, Seahawks 13",
        "",
        "The defense is great. But the Patriots will win anyway.",
      ]),
    ).toEqual([
      ["Jane Smith: Rates will probably fall by June", "Jane Smith"],
      ["But the Patriots will win anyway", "Tom Berg"],
    ]);
  });

  it("ends an answer at the interviewer's label, and reads a transcript's capitals as a name", () => {
    expect(
      speakersOf([
        "Rachel Martin spoke with the economist Jane Smith.",
        "",
        "MARTIN: Will rates fall this year?",
        "",
        "JANE SMITH: They will probably fall by June.",
        "",
        "MARTIN: And then?",
        "",
        "The central bank will probably wait.",
      ]).map(([, speaker]) => speaker),
    ).toEqual(["Jane Smith", "Martin"]);
    // The questioner's own line is not the answer's speaker's.
    expect(
      speakersOf([
        "Jane Smith: Sea levels will probably rise faster than the models show.",
        "",
        "Interviewer: So the coasts will probably flood within a decade.",
        "",
        "Tom Berg: I agree.",
      ]).map(([, speaker]) => speaker),
    ).toEqual(["Jane Smith", null]);
  });

  it("reads one label after a questioner's, and a label before a quotation, as the speaker (fourteenth round)", () => {
    expect(
      speakersOf([
        "Q: Where are rates heading?",
        "",
        "Tom Berg: They will fall next year, probably by half a point.",
      ]).map(([, speaker]) => speaker),
    ).toEqual(["Tom Berg"]);
    expect(speakersOf(['Tom Berg: "Rates will fall next year."']).map(([, speaker]) => speaker)).toEqual(["Tom Berg"]);
  });

  it("reads no speaker into one label, into a list of picks, or into headings of facts", () => {
    expect(speakersOf(["Jane Smith: Rates will probably fall by June."])[0]?.[1]).toBeNull();
    expect(
      speakersOf([
        "NFC division winners: Eagles, 49ers, Packers, Saints",
        "AFC wild-cards: Chiefs, Bengals, Titans",
        "Super Bowl: Bills defeat 49ers",
        "MVP: Justin Herbert, Chargers",
        "Team that will have a better record than you think: Indianapolis Colts",
        "Jane Smith: The Bills will probably win it all.",
        "Editor's note: The Bills will probably win it all.",
      ]).map(([, speaker]) => speaker),
    ).toEqual([null, null]);
  });
});

describe("a source introduced near the end is no author's note (twelfth round)", () => {
  it("keeps the forecasts after “Jane Smith is chief economist at Kestrel.” and credits her", () => {
    const text = [
      "The markets were quiet on Tuesday.",
      "",
      "Jane Smith is chief economist at Kestrel Bank.",
      "",
      "Smith expects that house prices will fall 5% next year.",
    ].join("\n");
    expect(byline(text)).toEqual({ authors: [], speakers: ["Jane Smith"] });
  });

  it("keeps a forecast in the same paragraph after the introduction", () => {
    const text = [
      "The markets were quiet on Tuesday.",
      "",
      "Jane Smith is the chief economist at Kestrel Bank. In a note on Monday, she wrote that prices will fall 20% next year.",
    ].join("\n");
    expect(byline(text)).toEqual({ authors: [], speakers: ["Jane Smith"] });
  });

  it("still reads a closing note after the last forecast as the author's", () => {
    const text = [
      "House prices will fall 5% next year as rates stay high.",
      "",
      "Jane Smith is chief economist at Kestrel Bank.",
    ].join("\n");
    expect(byline(text)).toEqual({ authors: ["Jane Smith"], speakers: ["Jane Smith"] });
  });
});

describe("more bylines pages print (twelfth round)", () => {
  const article = (byline: string, closing = "") =>
    [
      "Why prices will fall",
      "",
      byline,
      "",
      "Prices will fall 20% next year as demand weakens across the region.",
      "",
      "The central bank meets next week.",
      ...(closing ? ["", closing] : []),
    ].join("\n");

  it("reads a role after the name and its separator as the role, not as the name", () => {
    expect(byline(article("By Jane Smith, Staff Writer")).authors).toEqual(["Jane Smith"]);
    expect(byline(article("BY JANE SMITH | STAFF WRITER")).authors).toEqual(["Jane Smith"]);
  });

  it("reads a name with the paper it writes for", () => {
    expect(byline(article("Jane Smith, The Globe and Mail")).authors).toEqual(["Jane Smith"]);
    expect(byline(article("Jane Smith For The Daily Mail")).authors).toEqual(["Jane Smith"]);
    expect(byline(article("Jane Smith Special to The Star")).authors).toEqual(["Jane Smith"]);
  });

  it("reads the closing line giving the author's address", () => {
    expect(byline(article("", "Jane Smith can be reached at jane@example.com.")).authors).toEqual(["Jane Smith"]);
  });

  it("still reads a line of two places or a heading as no byline", () => {
    expect(byline(article("Paris, France")).authors).toEqual([]);
    expect(byline(article("Markets For Beginners")).authors).toEqual([]);
  });
});

describe("authors' notes closing a column (sixteenth round)", () => {
  const column = (note: string) =>
    ["Why the dollar will fall", "", "The dollar will weaken sharply next year as the Fed cuts rates.", "", note].join(
      "\n",
    );

  it("reads a note with who the author is between commas, or a handle in brackets, before 'is'", () => {
    for (const note of [
      "Jane Smith, a former Treasury official, is a senior fellow at the Kestrel Institute.",
      "Jane Smith (@janesmith) is a columnist.",
    ]) {
      expect(byline(column(note))).toEqual({ authors: ["Jane Smith"], speakers: ["Jane Smith"] });
    }
  });

  it("reads 'was written by' and what a columnist does", () => {
    for (const note of [
      "This article was written by Jane Smith, an analyst at Kestrel Bank.",
      "Jane Smith writes about markets for Kestrel News.",
      "Jane Smith teaches economics at Harlow University.",
    ]) {
      expect(byline(column(note))).toEqual({ authors: ["Jane Smith"], speakers: ["Jane Smith"] });
    }
  });

  it("does not take a last sentence that forecasts for a note", () => {
    const text = column("Jane Smith writes that emerging markets will benefit.");
    expect(byline(text).authors).toEqual([]);
    expect(byline(text).speakers).toEqual([null, "Jane Smith"]);
  });
});

describe("a byline with the date, the site and a link after separators (sixteenth round)", () => {
  it("reads the name before the first separator, however long the line", () => {
    const text = [
      "Gold to rise",
      "",
      "By Henry Lazenby / June 30, 2021 / www.northernminer.com / Article Link",
      "",
      "Gold will rise sharply next year, as miners cut output.",
    ].join("\n");
    expect(byline(text)).toEqual({ authors: ["Henry Lazenby"], speakers: ["Henry Lazenby"] });
  });
});

describe("bylines with an outlet or a time stamp (seventeenth round)", () => {
  const page = (line: string) =>
    ["Rates outlook", "", line, "", "Rates will fall by 50 basis points next year as inflation cools."].join("\n");

  it('reads "By JANE SMITH, Associated Press" as one author, the agency no second one', () => {
    expect(byline(page("By JANE SMITH, Associated Press"))).toEqual({
      authors: ["Jane Smith"],
      speakers: ["Jane Smith"],
    });
  });

  it('reads "Jane Smith and Peter Chu, Bloomberg News" as the two authors', () => {
    expect(byline(page("Jane Smith and Peter Chu, Bloomberg News")).authors).toEqual(["Jane Smith", "Peter Chu"]);
  });

  it('reads "Updated 3:45 PM EST, Mon March 4, 2024 | By Jane Smith": a time stamp before the byline', () => {
    expect(byline(page("Updated 3:45 PM EST, Mon March 4, 2024 | By Jane Smith")).authors).toEqual(["Jane Smith"]);
  });

  it('reads "Contributors: Jane Smith, Peter Chu" as the two authors', () => {
    expect(byline(page("Contributors: Jane Smith, Peter Chu")).authors).toEqual(["Jane Smith", "Peter Chu"]);
  });

  it("reads a bare name with a degree, an outlet in brackets or a handle and a date after it", () => {
    for (const line of ["Jane Smith, PhD", "Jane Smith (Reuters)", "Jane Smith @janesmith · March 3"])
      expect(byline(page(line)).authors).toEqual(["Jane Smith"]);
  });

  it('reads a name in capitals with the role on the next line: "JANE SMITH" / "ECONOMICS EDITOR"', () => {
    expect(byline(page("JANE SMITH\nECONOMICS EDITOR")).authors).toEqual(["Jane Smith"]);
    expect(byline(page("MARKETS WRAP\nTODAY'S TOP PICKS")).authors).toEqual([]);
  });

  it('still reads "By Jane Smith, Peter Chu" as two authors', () => {
    expect(byline(page("By Jane Smith, Peter Chu")).authors).toEqual(["Jane Smith", "Peter Chu"]);
  });
});

describe("bylines pages print (eighteenth round)", () => {
  const article = (before: string, after = "") =>
    [
      "Why inflation will fall",
      before,
      "Inflation has been stubborn all year. Inflation will fall to 2% by June.",
      after,
    ]
      .filter((line) => line !== "")
      .join("\n");

  it('reads "Guest column by Jane Smith" and "News analysis by Jane Smith": a word for the kind before the lead', () => {
    expect(byline(article("Guest column by Jane Smith"))).toEqual({
      authors: ["Jane Smith"],
      speakers: ["Jane Smith"],
    });
    expect(byline(article("News analysis by Jane Smith")).authors).toEqual(["Jane Smith"]);
    expect(byline(article("Photos by Jane Smith")).authors).toEqual([]);
  });

  it('reads "Follow Jane Smith on Twitter: @janesmith" after the article as its author', () => {
    expect(byline(article("", "Follow Jane Smith on Twitter: @janesmith"))).toEqual({
      authors: ["Jane Smith"],
      speakers: ["Jane Smith"],
    });
    expect(byline(article("", "Follow the Fed on Twitter for more.")).authors).toEqual([]);
  });
});

describe("a dash and a name under a quotation", () => {
  it("signs the quotation, not the article", () => {
    const text = [
      "Why inflation will fall",
      "Inflation has been stubborn all year. Inflation will fall to 2% by June.",
      "“We are not done yet.”",
      "— Jane Smith",
    ].join("\n");
    expect(byline(text)).toEqual({ authors: [], speakers: [null] });
  });

  it("still signs the article at the page's end after prose", () => {
    const text = [
      "Why inflation will fall",
      "Inflation has been stubborn all year. Inflation will fall to 2% by June.",
      "— Jane Smith",
    ].join("\n");
    expect(byline(text).authors).toEqual(["Jane Smith"]);
  });
});

describe("a date before the byline's 'by', no separator between", () => {
  it('reads "Posted on March 3, 2024 by Jane Smith" and "March 3, 2024 by Jane Smith"', () => {
    for (const line of ["Posted on March 3, 2024 by Jane Smith", "March 3, 2024 by Jane Smith"]) {
      const text = [
        "Why inflation will fall",
        line,
        "Inflation has been stubborn all year. Inflation will fall to 2% by June.",
      ];
      expect(byline(text.join("\n")).authors).toEqual(["Jane Smith"]);
    }
  });

  it('leaves a sentence with "by" after a date', () => {
    const text = [
      "Why inflation will fall",
      "On March 3 prices rose by 2% in a week.",
      "Inflation will fall to 2% by June.",
    ];
    expect(byline(text.join("\n")).authors).toEqual([]);
  });
});
