import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as speakers } from "./test-speakers";

describe("one person nobody names, credited by description", () => {
  it("credits the description after 'said', with where they work", () => {
    expect(
      speakers(
        '"We could see the rupee fall to 53.30," said a foreign exchange trader at a private-sector bank.',
      )[0]?.[1],
    ).toBe("a foreign exchange trader at a private-sector bank");
    expect(
      speakers(
        '"We’re very skeptical" the truce will work, said one European diplomat, who spoke anonymously to discuss sensitive matters.',
      )[0]?.[1],
    ).toBe("one European diplomat");
  });

  it("credits the description opening the sentence, lowering its first word", () => {
    expect(
      speakers("A senior Israeli official said Wednesday that a deal could come as soon as Thursday.")[0]?.[1],
    ).toBe("a senior Israeli official");
    expect(speakers("A Met Office meteorologist said temperatures will climb above 35C on Friday.")[0]?.[1]).toBe(
      "a Met Office meteorologist",
    );
    expect(
      speakers(
        "An unidentified member of the country's negotiating team in Vienna said a deal will be reached within days.",
      )[0]?.[1],
    ).toBe("an unidentified member of the country's negotiating team in Vienna");
  });

  it("credits the description after 'according to' and before 'told'", () => {
    expect(speakers("According to a senior Western diplomat, the talks will fail.")[0]?.[1]).toBe(
      "a senior Western diplomat",
    );
    expect(speakers("The talks will fail, a senior Western diplomat told Reuters.")[0]?.[1]).toBe(
      "a senior Western diplomat",
    );
  });

  it("goes on with 'he' after the description", () => {
    expect(
      speakers("A senior Western diplomat said the talks were stalled. He said the talks will fail by June.").at(-1),
    ).toEqual(["He said the talks will fail by June", "a senior Western diplomat"]);
  });

  it("gives way to the name the next sentence gives", () => {
    expect(
      speakers(
        "A top Wall Street bear cautioned that stocks could fall 20%. Michael Wilson of Morgan Stanley said the decline would last until June.",
      )[0]?.[1],
    ).toBe("Michael Wilson");
  });

  it("is no source the article's other forecasts are credited to", () => {
    const unsigned = ["A senior Western diplomat said the talks will fail.", "Oil prices will rise next year."].join(
      "\n\n",
    );
    expect(speakers(unsigned).at(-1)).toEqual(["Oil prices will rise next year", null]);
    const text = [
      "By Jane Porter",
      "A senior Western diplomat said the talks will fail.",
      "Oil prices will rise next year.",
    ].join("\n\n");
    expect(speakers(text).at(-1)).toEqual(["Oil prices will rise next year", "Jane Porter"]);
  });

  it("leaves groups to nobody", () => {
    expect(speakers("Officials said the talks will fail.")[0]?.[1] ?? null).toBe(null);
    expect(speakers("Two diplomats said the talks will fail.")[0]?.[1] ?? null).toBe(null);
  });
});

describe("a spokesperson nobody names speaks for the organisation", () => {
  it("credits the organisation named in the description", () => {
    expect(speakers("Sales will rise 5% next year, a Toyota spokesman said.")[0]?.[1]).toBe("Toyota");
    expect(speakers("Sales will rise 5% next year, a spokeswoman for Toyota said.")[0]?.[1]).toBe("Toyota");
  });

  it("credits the organisation named before for 'a company spokesman'", () => {
    const text = [
      "Toyota raised its outlook on Monday.",
      "Sales will rise 5% next year, a company spokesman said.",
    ].join("\n\n");
    expect(speakers(text).at(-1)?.[1]).toBe("Toyota");
  });

  it("keeps a named spokesperson", () => {
    expect(speakers("Sales will rise 5% next year, Toyota spokeswoman Jane Doe said.")[0]?.[1]).toBe("Jane Doe");
  });
});
