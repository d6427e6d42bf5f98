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
