import { describe, expect, it } from "vitest";
import { bibtexCitation, escapeBibtex, escapeBibtexUrl, plainCitation, type CitablePrediction } from "./citation";

const prediction: CitablePrediction = {
  id: "cmx123abc",
  claim: "The Trump-Putin talks end without a substantive agreement",
  analystName: "Tereza Novotná",
  madeAt: new Date("2025-04-25T00:00:00Z"),
  source: { title: "What Trump's diplomacy says", outlet: "Asia Times", publishedAt: new Date("2025-04-25T00:00:00Z") },
  permalink: "https://hindsight.example.org/predictions/cmx123abc",
  // Noon: the same calendar day in every time zone the test may run in.
  accessed: new Date(2026, 11, 5, 12, 0, 0),
};

describe("plainCitation", () => {
  it("names the analyst, the date, the claim, the source, the permalink and the day accessed", () => {
    expect(plainCitation(prediction)).toBe(
      "Tereza Novotná (2025, 25 April). “The Trump-Putin talks end without a substantive agreement” [Prediction]. " +
        "Said in “What Trump's diplomacy says”, Asia Times, 2025-04-25. " +
        "Hindsight. https://hindsight.example.org/predictions/cmx123abc (accessed 2026-12-05).",
    );
  });

  it("leaves out a source that is not recorded", () => {
    expect(plainCitation({ ...prediction, source: null })).toBe(
      "Tereza Novotná (2025, 25 April). “The Trump-Putin talks end without a substantive agreement” [Prediction]. " +
        "Hindsight. https://hindsight.example.org/predictions/cmx123abc (accessed 2026-12-05).",
    );
  });
});

describe("escapeBibtex", () => {
  it.each([
    ["plain", "plain"],
    ["50% & rising", "50\\% \\& rising"],
    ["$5 #1 a_b", "\\$5 \\#1 a\\_b"],
    ["{braces}", "\\{braces\\}"],
    ["back\\slash ~tilde ^caret", "back\\textbackslash{}slash \\textasciitilde{}tilde \\textasciicircum{}caret"],
    ["two\nlines\t tabbed", "two lines tabbed"],
    ["Novotná “quoted”", "Novotná “quoted”"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeBibtex(input)).toBe(expected);
  });
});

describe("escapeBibtexUrl", () => {
  it("escapes % and # and percent-encodes braces and backslashes", () => {
    expect(escapeBibtexUrl("https://x.org/a%20b#frag")).toBe("https://x.org/a\\%20b\\#frag");
    expect(escapeBibtexUrl("https://x.org/{a}\\b")).toBe("https://x.org/\\%7Ba\\%7D\\%5Cb");
  });
});

describe("bibtexCitation", () => {
  it("writes a @misc entry with the permalink and the day accessed", () => {
    expect(bibtexCitation(prediction)).toBe(
      [
        "@misc{hindsight-cmx123abc,",
        "  author = {{Tereza Novotná}},",
        "  title = {The Trump-Putin talks end without a substantive agreement},",
        "  year = {2025},",
        "  month = apr,",
        "  howpublished = {\\url{https://hindsight.example.org/predictions/cmx123abc}},",
        "  note = {Prediction recorded in Hindsight. Said in “What Trump's diplomacy says”, Asia Times, 2025-04-25. Accessed 2026-12-05},",
        "  urldate = {2026-12-05}",
        "}",
      ].join("\n"),
    );
  });

  it("escapes the claim and the analyst's name, and keeps the key to safe characters", () => {
    const entry = bibtexCitation({
      ...prediction,
      id: "id{1}",
      analystName: "Smith and Wesson, Inc.",
      claim: "Inflation > 5% by Q3 & {rates} up",
      source: null,
    });
    expect(entry).toContain("@misc{hindsight-id1,");
    expect(entry).toContain("  author = {{Smith and Wesson, Inc.}},");
    expect(entry).toContain("  title = {Inflation > 5\\% by Q3 \\& \\{rates\\} up},");
    expect(entry).toContain("  note = {Prediction recorded in Hindsight. Accessed 2026-12-05},");
  });
});
