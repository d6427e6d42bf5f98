import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";

// Sixteenth round: shapes in which ordinary news writing says whose view a forecast is. Each
// positive case gave no speaker (or the wrong one) before its rule; the texts are made up.

const published = new Date("2026-03-02T00:00:00.000Z");
const speakers = (text: string) =>
  extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => [
    candidate.quote,
    candidate.speaker,
  ]);
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
