import { describe, expect, it } from "vitest";
import { claimWithoutAttribution } from "./claim";

/** The claim for `text`, the attribution given as the exact words to leave out. */
function claim(text: string, attribution: string | null, cue = "will"): string {
  const start = attribution === null ? -1 : text.indexOf(attribution);
  return claimWithoutAttribution(
    text,
    { start: 0, end: text.length },
    attribution === null ? null : { start, end: start + attribution.length },
    text.indexOf(cue),
  );
}

describe("claimWithoutAttribution", () => {
  it.each([
    [
      "Rates will fall, said Ann Lee, an economist at Bank X.",
      "said Ann Lee, an economist at Bank X",
      "Rates will fall",
    ],
    [
      "Ann Lee, an economist at Bank X, said rates will fall.",
      "Ann Lee, an economist at Bank X, said",
      "Rates will fall",
    ],
    ["Ann Lee said that rates will fall.", "Ann Lee said that", "Rates will fall"],
    ["According to Ann Lee, rates will fall.", "According to Ann Lee", "Rates will fall"],
    ["Rates, said Ann Lee, will fall.", "said Ann Lee", "Rates will fall"],
    ["“Rates will fall,” she said.", "she said", "Rates will fall"],
    ['"Rates will fall," Lee told reporters.', "Lee told reporters", "Rates will fall"],
    ["“Rates will fall,” said Lee, “and soon.”", "said Lee", "Rates will fall and soon"],
    ["Rates will fall, said Lee, adding that wages had stalled.", "said Lee", "Rates will fall"],
    ["Wages had stalled, said Lee, adding that rates will fall.", "said Lee", "Rates will fall"],
    // Attributions to no one by name, found in the words.
    [
      "The bridge will open next year, according to the city's transport office.",
      null,
      "The bridge will open next year",
    ],
    ["According to the ministry, exports will recover.", null, "Exports will recover"],
    [
      "The harbour will be finished by 2027, the port authority's director told reporters on Monday.",
      null,
      "The harbour will be finished by 2027",
    ],
    ["Rates will fall, analysts said.", null, "Rates will fall"],
    // No attribution: the quote as a sentence, quotation marks and the full stop left out.
    ["“rates will fall.”", null, "Rates will fall"],
  ])("%s", (text, attribution, expected) => {
    expect(claim(text, attribution)).toBe(expected);
  });

  it("keeps the quote when the attribution lies outside it", () => {
    expect(
      claimWithoutAttribution("Rates will fall. Lee said so.", { start: 0, end: 15 }, { start: 17, end: 25 }),
    ).toBe("Rates will fall");
  });
});
