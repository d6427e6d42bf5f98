import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const quotes = (text: string, publishedAt?: Date): string[] =>
  extractPredictions(text, { publishedAt }).candidates.map((candidate) => candidate.quote);

describe("extractPredictions: which sentences", () => {
  it("keeps claims about the future and drops questions, the past and plans reported as fact", () => {
    const text = [
      "The central bank will cut rates twice next year.",
      "Will the government fall before the summer?",
      "Last year the minister resigned after a long scandal.",
      "Officials learned the hard way that the deal could not be trusted.",
      "The leak may have caused more confusion than clarity.",
      "Nobody knows how the talks might unfold.",
      "The mayor said he would resign in March.",
      "The company announced that it will open a new plant.",
      "If you would like to read more, subscribe today.",
      "If the unions expect to win, they must organise now.",
      "In 2012 many investors believed Greece would exit within months.",
      "That is not to say the road will be smooth.",
      "Voters are unlikely to forgive the party.",
    ].join("\n");
    expect(quotes(text)).toEqual([
      "The central bank will cut rates twice next year",
      "Voters are unlikely to forgive the party",
    ]);
  });

  it("reads the hedge with the lexicon's numbers, negations flipped", () => {
    const text = [
      "Prices may well fall in the spring.",
      "The coalition will not survive the vote.",
      "The plan is poised to pass the senate.",
      "It would be a mistake to assume the ceasefire will hold.",
    ].join(" ");
    const found = extractPredictions(text).candidates;
    expect(found.map((c) => [c.hedge, c.probability, c.interval, c.negated])).toEqual([
      ["may well", 0.55, [0.4, 0.7], false],
      ["will not", 0.05, [0, 0.05], true],
      ["is poised to", 0.75, [0.6, 0.9], false],
      ["will", 0.05, [0, 0.05], true],
    ]);
  });

  it("reads the hedges of issue 19, and lets a hedge before a bare 'will' govern it", () => {
    const text = [
      "Perhaps the coalition will collapse before the summer recess.",
      "I expect the central bank to cut rates twice this year.",
      "I suspect the merger will be blocked by the regulators.",
      "There is a chance that the strike will spread to the ports.",
      "The company is poised to announce deep job cuts.",
      "Nobody knows how the talks might unfold, but the ceasefire will hold.",
    ].join("\n");
    const found = extractPredictions(text).candidates;
    expect(found.map((c) => [c.hedge, c.probability])).toEqual([
      ["Perhaps", 0.5],
      ["I expect", 0.75],
      ["I suspect", 0.6],
      ["a chance", 0.4],
      ["is poised to", 0.75],
      ["will", 0.95], // "might" sits in an embedded question of another clause
    ]);
  });

  it("reads forecasts stated as such and odds in words", () => {
    const text = [
      "Most economists expect the central bank to raise rates in June.",
      "There is a real possibility that the coalition collapses.",
      "Growth was lower than expected last quarter.",
    ].join("\n");
    const found = extractPredictions(text).candidates;
    expect(found.map((c) => [c.quote, c.hedge, c.probability])).toEqual([
      // Someone else's stated forecast reads as a stated expectation (docs/hedges.md).
      ["Most economists expect the central bank to raise rates in June", "expect", 0.75],
      ["There is a real possibility that the coalition collapses", "real possibility", 0.6],
    ]);
  });

  it("reads a probability written as a number, and leaves a dateline out of the quote", () => {
    const text = [
      "LONDON (Reuters) - Traders see a 70% chance that the bank cuts rates, up from 55 per cent chance a week ago.",
      "Officials said at the time that they would do whatever it takes.",
    ].join("\n");
    const found = extractPredictions(text).candidates;
    expect(found.map((c) => [c.quote.slice(0, 28), c.hedge, c.probability, c.interval])).toEqual([
      ["Traders see a 70% chance tha", "70% chance", 0.7, [0.7, 0.7]],
    ]);
  });

  it("records the condition, and knows 'even if' and 'if history is any guide' set none", () => {
    const text = [
      "If the rains fail again, food prices will rise sharply.",
      "Even if the rains come, the harvest will be poor.",
      "If history is any guide, the talks will collapse within weeks.",
      "The strike will end soon unless the talks collapse.",
      "Spreads could widen if the bank hesitates, and a new fight is almost certain.",
    ].join("\n");
    const found = extractPredictions(text).candidates;
    expect(found.map((c) => [c.quote, c.conditional, c.condition])).toEqual([
      ["If the rains fail again, food prices will rise sharply", true, "the rains fail again"],
      ["Even if the rains come, the harvest will be poor", false, null],
      ["the talks will collapse within weeks", false, null],
      ["The strike will end soon unless the talks collapse", true, "the talks collapse"],
      ["Spreads could widen if the bank hesitates, and a new fight is almost certain", true, "the bank hesitates"],
    ]);
  });

  it("leaves an aside after a dash and a short lead-in out of the quote", () => {
    const text = "In short, the reform will fail – just like the last one.";
    expect(quotes(text)).toEqual(["the reform will fail"]);
  });
});

describe("extractPredictions: offsets", () => {
  it("gives offsets in UTF-16 code units that slice back to each quote", () => {
    const text = "🙂 “Emoji first.” Ministers’ plans – and voters’ hopes – may well collide.\r\nThe yen could weaken.";
    const result = extractPredictions(text);
    expect(result.candidates).toHaveLength(2);
    for (const candidate of result.candidates) {
      expect(result.text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
    }
    expect(result.candidates[1]?.quote).toBe("The yen could weaken");
  });
});

describe("extractPredictions: unbroken runs", () => {
  it("reads text around a very long run without spaces, offsets intact", () => {
    const run = "aGVsbG8".repeat(30_000);
    const url = `https://example.test/${"x".repeat(500)}`;
    const text = `The central bank will cut rates by June.\n${run}\nSee ${url} for the data. The yen could weaken further this year.`;
    const result = extractPredictions(text);
    expect(result.candidates.map((c) => c.quote)).toEqual([
      "The central bank will cut rates by June",
      "The yen could weaken further this year",
    ]);
    for (const candidate of result.candidates) {
      expect(result.text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
    }
  });
});

describe("extractPredictions: appositions stay with their speaker, and the claim drops the attribution", () => {
  // Made-up sentences of ordinary journalism, one shape each.
  it.each([
    [
      "said X, title at Y",
      "Inflation will fall below 3% by mid-2027, said Marta Kowalczyk, chief economist at Baltic Bank.",
      "Inflation will fall below 3% by mid-2027, said Marta Kowalczyk, chief economist at Baltic Bank",
      "Marta Kowalczyk",
      "chief economist at Baltic Bank",
      "Inflation will fall below 3% by mid-2027",
    ],
    [
      "said X, title at Y, adding that ...",
      "The port strike will end within weeks, said Jonas Weber, head of research at Nordlicht Capital, adding that freight rates had already peaked.",
      "The port strike will end within weeks, said Jonas Weber, head of research at Nordlicht Capital, adding that freight rates had already peaked",
      "Jonas Weber",
      "head of research at Nordlicht Capital",
      "The port strike will end within weeks",
    ],
    [
      "X, a professor at Y, said",
      "Tomas Ruiz, a professor of economics at the University of Leeds, said the coalition will collapse before the summer.",
      "Tomas Ruiz, a professor of economics at the University of Leeds, said the coalition will collapse before the summer",
      "Tomas Ruiz",
      "a professor of economics at the University of Leeds",
      "The coalition will collapse before the summer",
    ],
    [
      "X, title at Y, said that",
      "Marta Kowalczyk, chief economist at Baltic Bank, said that the zloty will weaken by Christmas.",
      "Marta Kowalczyk, chief economist at Baltic Bank, said that the zloty will weaken by Christmas",
      "Marta Kowalczyk",
      "chief economist at Baltic Bank",
      "The zloty will weaken by Christmas",
    ],
    [
      "according to X, head of Y,",
      "According to Lena Park, head of Asia strategy at Meridian, the yen is likely to strengthen next year.",
      "According to Lena Park, head of Asia strategy at Meridian, the yen is likely to strengthen next year",
      "Lena Park",
      "head of Asia strategy at Meridian",
      "The yen is likely to strengthen next year",
    ],
    [
      "..., according to X, head of Y",
      "Rents in the capital will keep rising, according to Priya Natarajan, head of housing research at Cole & Finch.",
      "Rents in the capital will keep rising, according to Priya Natarajan, head of housing research at Cole & Finch",
      "Priya Natarajan",
      "head of housing research at Cole & Finch",
      "Rents in the capital will keep rising",
    ],
    [
      "subject, said X, title, verb",
      "Inflation, said Marta Kowalczyk, chief economist at Baltic Bank, will fall below 3% by mid-2027.",
      "Inflation, said Marta Kowalczyk, chief economist at Baltic Bank, will fall below 3% by mid-2027",
      "Marta Kowalczyk",
      "chief economist at Baltic Bank",
      "Inflation will fall below 3% by mid-2027",
    ],
    [
      "X, who heads Y, told reporters",
      "The merger will be blocked by the regulators, Jonas Weber, who heads research at Nordlicht Capital, told reporters.",
      "The merger will be blocked by the regulators, Jonas Weber, who heads research at Nordlicht Capital, told reporters",
      "Jonas Weber",
      "who heads research at Nordlicht Capital",
      "The merger will be blocked by the regulators",
    ],
    [
      "title, X, said",
      "The finance minister, Anna Berg, said the deficit will shrink next year.",
      "The finance minister, Anna Berg, said the deficit will shrink next year",
      "Anna Berg",
      "The finance minister",
      "The deficit will shrink next year",
    ],
    [
      "X, the title, said",
      "Anna Berg, the finance minister, said the deficit will shrink next year.",
      "Anna Berg, the finance minister, said the deficit will shrink next year",
      "Anna Berg",
      "the finance minister",
      "The deficit will shrink next year",
    ],
    [
      "“…,” X said",
      "“Prices will keep rising until Christmas,” Aisha Bello said.",
      "“Prices will keep rising until Christmas,” Aisha Bello said",
      "Aisha Bello",
      null,
      "Prices will keep rising until Christmas",
    ],
    [
      "“…,” said X, a partner at Y, “…”",
      "“The merger will be blocked,” said Omar Haddad, a partner at Crane & Lyle, “and the shares will fall sharply.”",
      "“The merger will be blocked,” said Omar Haddad, a partner at Crane & Lyle, “and the shares will fall sharply.”",
      "Omar Haddad",
      "a partner at Crane & Lyle",
      "The merger will be blocked and the shares will fall sharply",
    ],
  ])("%s", (_shape, text, quote, speaker, affiliation, claim) => {
    const [candidate, ...others] = extractPredictions(text).candidates;
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({ quote, speaker, speakerBasis: "attribution", affiliation, claim });
  });

  it("keeps the speaker and the apposition across sentences: a surname and 'she said'", () => {
    const text = [
      "“Wages will outpace prices by early 2027,” said Marta Kowalczyk, chief economist at Baltic Bank.",
      "“The central bank will wait until the summer,” she said.",
      "Kowalczyk predicted that the zloty will weaken.",
      "She expects the government to miss its deficit target.",
    ].join(" ");
    const found = extractPredictions(text).candidates;
    expect(found.map((c) => [c.speaker, c.affiliation, c.claim])).toEqual([
      ["Marta Kowalczyk", "chief economist at Baltic Bank", "Wages will outpace prices by early 2027"],
      ["Marta Kowalczyk", "chief economist at Baltic Bank", "The central bank will wait until the summer"],
      ["Marta Kowalczyk", "chief economist at Baltic Bank", "The zloty will weaken"],
      // "expects" is part of the claim: only verbs of saying are left out.
      ["Marta Kowalczyk", "chief economist at Baltic Bank", "She expects the government to miss its deficit target"],
    ]);
  });

  it("keeps a subject interrupted by an aside in the quote, and an adverbial lead-in out", () => {
    expect(quotes("Officials, speaking on condition of anonymity, said the deal will collapse.")).toEqual([
      "Officials, speaking on condition of anonymity, said the deal will collapse",
    ]);
    expect(quotes("Meanwhile, the bank, which is state-owned, will cut rates.")).toEqual([
      "the bank, which is state-owned, will cut rates",
    ]);
  });

  it("a claim without attribution is the quote as a sentence", () => {
    const [candidate] = extractPredictions("the central bank will cut rates twice next year.").candidates;
    expect(candidate).toMatchObject({
      speaker: null,
      affiliation: null,
      claim: "The central bank will cut rates twice next year",
    });
  });
});

describe("extractPredictions: speakers", () => {
  it("takes the author's note at the end as the byline", () => {
    const text = [
      "The alliance will hold together through the winter, whatever the pressure from outside.",
      "Jane Q. Doe is a senior fellow at the Institute for Policy Studies. She writes on Europe.",
    ].join("\n");
    const result = extractPredictions(text);
    expect(result.authors).toEqual(["Jane Q. Doe"]);
    expect(result.candidates.map((c) => [c.speaker, c.speakerBasis])).toEqual([["Jane Q. Doe", "byline"]]);
  });

  it("reads a 'By' byline, and prefers a quoted expert, resolving a surname to the full name", () => {
    const text = [
      "By Maria Lopez and Tom Berg",
      "The talks resumed on Monday in Geneva after a pause of several weeks between the sides.",
      "“The sanctions will bite by summer,” said Victor Cha, a professor at Georgetown.",
      "Cha said the regime could return to talks soon.",
      "According to Ana Reyes, inflation is likely to ease.",
      "Others warned the envoy may resign anyway.",
    ].join("\n");
    const result = extractPredictions(text);
    expect(result.candidates.map((c) => c.speaker)).toEqual([
      "Victor Cha",
      "Victor Cha",
      "Ana Reyes",
      "Maria Lopez; Tom Berg",
    ]);
  });

  it("gives null for an unnamed author, or the authors passed in", () => {
    const text = "The referendum will pass by a wide margin.";
    expect(extractPredictions(text).candidates[0]?.speaker).toBeNull();
    const given = extractPredictions(text, { authors: ["Sam Park"] }).candidates[0];
    expect([given?.speaker, given?.speakerBasis]).toEqual(["Sam Park", "given"]);
  });
});

describe("extractPredictions: deadlines", () => {
  it("reads deadlines relative to the publication date and ignores past years", () => {
    const text = [
      "The treaty will be ratified by the end of 2026.",
      "Inflation will fall within six months.",
      "The economy will be nothing like 2019 again.",
    ].join("\n");
    const found = extractPredictions(text, { publishedAt: day("2025-04-25") }).candidates;
    expect(found.map((c) => c.deadline?.date ?? null)).toEqual(["2026-12-31", "2025-10-25", null]);
    expect(found[0]?.deadline?.text).toBe("by the end of 2026");
  });

  it.each([
    ["Inflation will fall below 3% by mid-2027.", "by mid-2027", "2027-06-30"],
    ["The bank will cut rates by the middle of 2027.", "by the middle of 2027", "2027-06-30"],
    ["The plant will reopen by early 2027.", "by early 2027", "2027-04-30"],
    [
      "The merger will close by the end of the second quarter of 2027.",
      "by the end of the second quarter of 2027",
      "2027-06-30",
    ],
    ["Food prices in the shops will fall by Christmas.", "by Christmas", "2025-12-25"],
    ["The strike will be over by New Year.", "by New Year", "2026-01-01"],
    ["The law will pass in H2.", "in H2", "2025-12-31"],
    ["The yen will recover by the end of March.", "by the end of March", "2026-03-31"],
    ["The peace talks could resume by mid-June.", "by mid-June", "2025-06-15"],
    ["Output will double within a fortnight.", "within a fortnight", "2025-05-09"],
    ["Fusion power will be commercial by the mid-2030s.", "by the mid-2030s", "2035-12-31"],
    ["The bill will pass early next year.", "early next year", "2026-04-30"],
    ["The harbour expansion will be finished by the summer of 2027.", "by the summer of 2027", "2027-08-31"],
    ["The new runway will be finished by the summer.", "by the summer", "2025-08-31"],
  ])("finds the deadline in %j", (sentence, text, date) => {
    const [candidate] = extractPredictions(sentence, { publishedAt: day("2025-04-25") }).candidates;
    expect(candidate?.deadline).toMatchObject({ text, date });
  });

  it("reads no deadline without a publication date", () => {
    const found = extractPredictions("Inflation will fall within six months.").candidates;
    expect(found[0]?.deadline).toBeNull();
  });

  it("keeps an outlook with no modal only when it carries a deadline", () => {
    const text = "Hopes of a deal seem slim, at least until the president leaves office in 2027.";
    expect(quotes(text, day("2025-01-10"))).toEqual([text.slice(0, -1)]);
    expect(quotes(text)).toEqual([]);
    const [candidate] = extractPredictions(text, { publishedAt: day("2025-01-10") }).candidates;
    expect([candidate?.hedge, candidate?.deadline?.date]).toEqual(["seem slim", "2027-12-31"]);
  });
});

describe("extractPredictions: scraped pages and HTML", () => {
  const article = [
    "The new coalition will struggle to pass a budget before the summer recess, insiders believe.",
    "Its leader may well call an early election if the budget fails.",
    "Ann Lee is a political scientist at the University of Leeds.",
  ].join("\n");
  const page = [
    "logo",
    "Home | World | Politics",
    "Coalition troubles ahead",
    "time3 hours ago",
    article,
    "Related Articles",
    "Markets rally",
    "Reuters",
    "Oil prices could climb further as supply tightens across the region this month, traders say.",
    "DOWNLOAD THE APP",
    article.replaceAll("\n", "\n\n"),
  ].join("\n");

  it("ignores page furniture, keeps each article's byline and merges repeats", () => {
    const result = extractPredictions(page);
    expect(result.authors).toEqual(["Ann Lee"]);
    expect(result.candidates.map((c) => [c.quote.slice(0, 24), c.speaker, c.occurrences])).toEqual([
      ["The new coalition will s", "Ann Lee", 2],
      ["Its leader may well call", "Ann Lee", 2],
      ["Oil prices could climb f", null, 1],
    ]);
  });

  it("converts HTML, dropping scripts, with offsets into the converted text", () => {
    const html =
      "<html><body><nav><a href='/'>Home</a></nav><h1>Budget fight</h1><script>var x = 'it will run';</script>" +
      "<p>The budget will pass &amp; the <a href='https://x.test'>minister</a> may well stay.</p></body></html>";
    const result = extractPredictions(html);
    expect(result.format).toBe("html");
    expect(result.text).not.toContain("<p>");
    expect(result.text).not.toContain("it will run");
    expect(result.candidates).toHaveLength(1);
    const [candidate] = result.candidates;
    expect(candidate?.quote).toBe("The budget will pass & the minister may well stay");
    expect(result.text.slice(candidate?.start, candidate?.end)).toBe(candidate?.quote);
  });

  it("returns nothing for empty or hedge-free text", () => {
    expect(extractPredictions("").candidates).toEqual([]);
    expect(extractPredictions("The sky was blue. Nobody came.").candidates).toEqual([]);
  });
});

describe("extractPredictions: any input", () => {
  const pieces = [
    "The deal will collapse",
    "Prices may well rise by the end of 2027",
    "If rates fall, growth could return",
    "“It won’t last,” said Ana Reyes",
    "Will it rain?",
    "He said he would go",
    "By Jane Doe",
    "time3 hours ago",
    "🙂",
    "<p>",
    " – ",
    "; ",
    ". ",
    "\n",
    "\r\n",
    "  ",
    "Mr. Smith, PhD, is a professor at Yale.",
  ];

  it("never throws, and every candidate slices back to its quote with its fields in range", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 30 }),
        (parts) => {
          const result = extractPredictions(parts.join(""), { publishedAt: day("2025-01-01"), format: "text" });
          for (const candidate of result.candidates) {
            expect(result.text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
            expect(candidate.quote.trim()).not.toBe("");
            if (candidate.probability !== null) expect(candidate.probability).toBeGreaterThanOrEqual(0);
            if (candidate.probability !== null) expect(candidate.probability).toBeLessThanOrEqual(1);
            expect(candidate.confidence).toBeGreaterThan(0);
            expect(candidate.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
