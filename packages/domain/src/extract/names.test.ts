import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";

const published = new Date("2026-03-02T00:00:00.000Z");
const speakers = (text: string) =>
  extractPredictions(text, { publishedAt: published, format: "text" }).candidates.map((candidate) => [
    candidate.quote,
    candidate.speaker,
  ]);

describe("speakers' names as pages write them (sixth round)", () => {
  it("drops an academic title with its rank before a name", () => {
    const text =
      "Rates will stay high for another year, Associate Professor Marta Lindqvist, an expert in monetary history, told reporters.";
    expect(speakers(text)[0]?.[1]).toBe("Marta Lindqvist");
  });

  it("keeps a name whose first word is no title", () => {
    const text = "Rates will stay high for another year, Professor Marta Lindqvist told reporters.";
    expect(speakers(text)[0]?.[1]).toBe("Marta Lindqvist");
  });
});

describe("a document's author without its description or owner (sixth round)", () => {
  it("leaves out where the author is based and whose unit it is", () => {
    const text = [
      "In the annual Conflict Survey released by the Boston-based Harbor Institute’s Center for Conflict Studies (CCS), experts rated twenty risks.",
      "The survey said a war in the region would likely break out next year.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["The survey said a war in the region would likely break out next year", "Center for Conflict Studies"],
    ]);
  });

  it("keeps an author named alone", () => {
    const text = [
      "In the annual Conflict Survey released by the Harbor Institute, experts rated twenty risks.",
      "The survey said a war in the region would likely break out next year.",
    ].join("\n\n");
    expect(speakers(text)[0]?.[1]).toBe("Harbor Institute");
  });
});
