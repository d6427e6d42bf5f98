import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as speakers } from "./test-speakers";

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
