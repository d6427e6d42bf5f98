import { describe, expect, it } from "vitest";
import { ledgerCsvColumns, readLedgerCsv, writeLedgerCsv } from "./csv";
import { toLedgerDocument } from "./document";
import { parseLedger, type LedgerFile } from "./schema";

const ledger = (input: Record<string, unknown>): LedgerFile => {
  const parsed = parseLedger({ format: "hindsight/v1", ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.ledger;
};

const sample = ledger({
  analysts: [
    { slug: "tereza-novotna", name: "Tereza Novotna", affiliation: "Free University of Berlin" },
    { slug: "victor-cha", name: "Victor Cha" },
  ],
  sources: [
    {
      key: "asiatimes",
      title: 'What Trump\'s "diplomacy" says, in short',
      outlet: "Asia Times",
      url: "https://asiatimes.com/2025/04/diplomacy/",
      publishedAt: "2025-04-25",
      authors: ["Tereza Novotna"],
      text: "the talks will be flashy, vague and ultimately meaningless",
    },
  ],
  predictions: [
    {
      key: "novotna-talks",
      analyst: "tereza-novotna",
      source: "asiatimes",
      claim: "The Trump-Putin talks end without a substantive agreement",
      quote: "the talks will be flashy, vague and ultimately meaningless",
      madeAt: "2025-04-25",
      resolveBy: "2025-12-31",
      probability: 0.95,
      hedge: "will",
      interval: [0.9, 0.99],
      tags: ["Russia", "diplomacy"],
      resolution: {
        outcome: "PARTIAL",
        credit: 0.5,
        resolvedAt: "2026-01-02T10:30:00Z",
        note: "A ceasefire on energy only.\nEverything else stalled.",
        evidence: ["https://example.org/a", "https://example.org/b"],
      },
    },
    {
      key: "cha-summit",
      analyst: "victor-cha",
      claim: "Trump and Kim meet again",
      madeAt: "2025-02-01",
      probability: 0.05,
      conditional: true,
      condition: "Trump is re-elected",
      tags: [],
    },
  ],
});

describe("writeLedgerCsv", () => {
  it("writes the header, then one row per prediction in key order, quoting only where RFC 4180 needs it", () => {
    const lines = writeLedgerCsv(sample).split("\r\n");
    expect(lines[0]).toBe(ledgerCsvColumns.join(","));
    expect(lines[1]).toBe(
      "cha-summit,victor-cha,Victor Cha,,,,,,,,Trump and Kim meet again,,,,,2025-02-01,,0.05,,,,,true,Trump is re-elected,,,,,,,,,,,",
    );
    // A comma, a quote (doubled) and a line break each put the cell in quotes; the break stays CRLF-free.
    expect(lines[2]).toBe(
      [
        "novotna-talks,tereza-novotna,Tereza Novotna,Free University of Berlin,asiatimes",
        '"What Trump\'s ""diplomacy"" says, in short"',
        "Asia Times,https://asiatimes.com/2025/04/diplomacy/,2025-04-25,",
        "The Trump-Putin talks end without a substantive agreement",
        '"the talks will be flashy, vague and ultimately meaningless"',
        ",,,2025-04-25,2025-12-31,0.95,,will,0.9,0.99,,,diplomacy;russia,PARTIAL,0.5,2026-01-02T10:30:00.000Z",
        '"A ceasefire on energy only.\nEverything else stalled."',
        "https://example.org/a https://example.org/b,,,,,",
      ].join(","),
    );
    expect(lines[3]).toBe("");
    expect(lines).toHaveLength(4);
  });

  it("reads back what it wrote, and writes the same bytes again (article texts and bylines stay JSON-only)", () => {
    const written = writeLedgerCsv(sample);
    const read = readLedgerCsv(written);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(writeLedgerCsv(read.ledger)).toBe(written);
    const withoutTexts: LedgerFile = {
      ...sample,
      sources: sample.sources.map(({ text: _text, authors: _authors, ...source }) => source),
    };
    expect(toLedgerDocument(read.ledger)).toEqual(toLedgerDocument(withoutTexts));
  });

  it("writes a space inside an evidence URL encoded, as spaces separate the URLs", () => {
    const file = ledger({
      analysts: [{ slug: "a", name: "A" }],
      predictions: [
        {
          key: "k",
          analyst: "a",
          claim: "c",
          madeAt: "2025-01-01",
          probability: 0.5,
          resolution: { outcome: "TRUE", resolvedAt: "2025-02-01", evidence: ["https://example.org/a b"] },
        },
      ],
    });
    expect(writeLedgerCsv(file)).toContain(",https://example.org/a%20b,,,,,\r\n");
  });
});

describe("readLedgerCsv", () => {
  const header = "key,analyst,analystName,claim,madeAt,probability";

  it("takes the columns in any order and letter case, without the optional ones, LF or CRLF, with a BOM", () => {
    for (const text of [
      "\uFEFFProbability,KEY,analyst,analystname,claim,madeAt\n0.3,k1,ann,Ann,It rains,2025-01-01\n",
      "probability,key,analyst,analystName,claim,madeAt\r\n0.3,k1,ann,Ann,It rains,2025-01-01",
    ]) {
      const read = readLedgerCsv(text);
      expect(read).toMatchObject({
        ok: true,
        ledger: {
          analysts: [{ slug: "ann", name: "Ann" }],
          sources: [],
          predictions: [{ key: "k1", analyst: "ann", claim: "It rains", probability: 0.3, tags: [] }],
        },
      });
    }
  });

  it("splits tags on semicolons and evidence on spaces, and repeats a source on each of its rows", () => {
    const text = [
      "key,analyst,analystName,source,sourceTitle,sourcePublishedAt,claim,madeAt,probability,tags,outcome,resolvedAt,evidence",
      "k1,ann,Ann,s1,Title,2025-01-01,One,2025-01-01,0.3, Foreign policy ;north_korea,true,2025-06-01,https://a.example/1  https://a.example/2",
      // The second row of the source leaves its title blank: it takes the first row's.
      "k2,ann,,s1,,2025-01-01,Two,2025-01-01,0.4,,,,",
    ].join("\n");
    const read = readLedgerCsv(text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.ledger.sources).toEqual([{ key: "s1", title: "Title", publishedAt: new Date("2025-01-01T00:00:00Z") }]);
    const [first, second] = read.ledger.predictions;
    expect(first?.tags).toEqual(["foreign-policy", "north-korea"]);
    expect(first?.resolution).toEqual({
      outcome: "TRUE",
      resolvedAt: new Date("2025-06-01T00:00:00Z"),
      evidence: ["https://a.example/1", "https://a.example/2"],
    });
    expect(second?.source).toBe("s1");
    expect(second?.resolution).toBeUndefined();
  });

  it("reports the line a record starts on, past quoted line breaks (LF and CRLF) and blank lines", () => {
    for (const newline of ["\n", "\r\n"]) {
      const text = [
        `${header},note,outcome,resolvedAt`,
        `k1,ann,Ann,"A claim${newline}over${newline}three lines",2025-01-01,0.3,,,`,
        "",
        "k2,ann,Ann,Fine,2025-01-01,1.5,,,",
        `k3,ann,Ann,Fine,2025-01-01,0.5,"a note${newline}on two lines",MAYBE,2025-02-01`,
      ].join(newline);
      expect(readLedgerCsv(text)).toEqual({
        ok: false,
        issues: [
          {
            path: "line 6, column probability",
            message: 'Probability must be between 0 and 1; for 1.5 percent write "1.5%"',
          },
          {
            path: "line 7, column outcome",
            message: "outcome must be one of TRUE, FALSE, PARTIAL, AMBIGUOUS, ANNULLED",
          },
        ],
      });
    }
  });

  it("lists every problem in file order, by line and column, the schema's and the CSV's own", () => {
    const text = [
      `${header},source,sourceTitle,credit,outcome,resolvedAt,intervalLow,quoteStart,conditional`,
      "k1,ann,Ann,One,2025-01-01,0.3,,Title,,,,,,",
      "k2,ann,Anne,Two,yesterday,0.3,s1,,abc,PARTIAL,2025-02-01,0.2,x,maybe",
      "k3,ann,Ann,Three,2025-01-01,0.3",
      "k1,bad slug,Bob,,2025-01-01,0.3,s1,,,,,,,",
    ].join("\n");
    const read = readLedgerCsv(text);
    expect(read).toEqual({
      ok: false,
      issues: [
        { path: "line 2, column source", message: "the source's key is required when sourceTitle is filled" },
        { path: "line 3, column analystName", message: '"Anne" differs from line 2 ("Ann")' },
        { path: "line 3, column sourceTitle", message: "title is required" },
        { path: "line 3, column sourcePublishedAt", message: "publishedAt must be a date (YYYY-MM-DD)" },
        { path: "line 3, column quoteStart", message: 'quoteStart must be a whole number, got "x"' },
        { path: "line 3, column madeAt", message: "madeAt must be a date (YYYY-MM-DD)" },
        { path: "line 3, column intervalHigh", message: "intervalLow and intervalHigh go together" },
        { path: "line 3, column conditional", message: 'conditional must be true or false, got "maybe"' },
        {
          path: "line 3, column credit",
          message: 'Credit must be a number from 0 to 1 or a percentage such as 60%, got "abc"',
        },
        { path: "line 4", message: "has 6 cells where the header has 14" },
        { path: "line 5, column key", message: 'duplicate key "k1"' },
        { path: "line 5, column analyst", message: "slug must be lowercase letters and digits joined by -" },
        { path: "line 5, column claim", message: "claim is required" },
      ],
    });
  });

  it("reads a percentage written with its sign in the probability, credit and interval columns", () => {
    const text = [
      `${header},probabilitySource,hedge,intervalLow,intervalHigh,outcome,credit,resolvedAt`,
      "k1,ann,Ann,One,2025-01-01,60%,,,,,PARTIAL,25 %,2025-06-01",
      "k2,ann,Ann,Two,2025-01-01,40%,HEDGE,could,25%,0.5,PARTIAL,0.75,2025-06-01",
      "k3,ann,Ann,Three,2025-01-01,0.605,,,,,,,",
      "k4,ann,Ann,Four,2025-01-01,1,,,,,,,",
      "k5,ann,Ann,Five,2025-01-01,57.3%,,,,,,,",
    ].join("\n");
    const read = readLedgerCsv(text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const [one, two, three, four, five] = read.ledger.predictions;
    expect(one).toMatchObject({ probability: 0.6, resolution: { outcome: "PARTIAL", credit: 0.25 } });
    expect(two).toMatchObject({ probability: 0.4, interval: [0.25, 0.5], resolution: { credit: 0.75 } });
    // A bare number is the contract's fraction of 1, 1 included.
    expect(three?.probability).toBe(0.605);
    expect(four?.probability).toBe(1);
    expect(five?.probability).toBe(0.573);
  });

  it("refuses a bare number above 1 in a probability column, suggesting the percent sign", () => {
    const text = [
      `${header},intervalLow,intervalHigh,outcome,credit,resolvedAt`,
      "k1,ann,Ann,One,2025-01-01,60,,,PARTIAL,50,2025-06-01",
      "k2,ann,Ann,Two,2025-01-01,0.4,30,0.5,,,",
      "k3,ann,Ann,Three,2025-01-01,150%,,,,,",
      "k4,ann,Ann,Four,2025-01-01,sixty,,,,,",
    ].join("\n");
    expect(readLedgerCsv(text)).toEqual({
      ok: false,
      issues: [
        {
          path: "line 2, column probability",
          message: 'Probability must be between 0 and 1; for 60 percent write "60%"',
        },
        { path: "line 2, column credit", message: 'Credit must be between 0 and 1; for 50 percent write "50%"' },
        {
          path: "line 3, column intervalLow",
          message: 'intervalLow must be between 0 and 1; for 30 percent write "30%"',
        },
        {
          path: "line 4, column probability",
          message: 'Probability must be between 0 and 1 (or 0% and 100%), got "150%"',
        },
        {
          path: "line 5, column probability",
          message: 'Probability must be a number from 0 to 1 or a percentage such as 60%, got "sixty"',
        },
      ],
    });
  });

  it("writes probabilities as the contract's numbers from 0 to 1, and reads them back", () => {
    const text = [`${header},outcome,credit,resolvedAt`, "k1,ann,Ann,One,2025-01-01,60%,PARTIAL,25%,2025-06-01"].join(
      "\n",
    );
    const read = readLedgerCsv(text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const written = writeLedgerCsv(read.ledger);
    expect(written).toContain(",0.6,");
    expect(written).toContain(",PARTIAL,0.25,");
    const again = readLedgerCsv(written);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(again.ledger.predictions).toEqual(read.ledger.predictions);
  });

  it("refuses an unknown, doubled or missing column before reading any row", () => {
    expect(readLedgerCsv("key,analyst,analystName,claim,claim,madeAt,probabilty\nk1\n")).toEqual({
      ok: false,
      issues: [
        { path: "line 1, column claim", message: "the column appears twice" },
        {
          path: "line 1, column probabilty",
          message: `unknown column; the columns are ${ledgerCsvColumns.join(", ")}`,
        },
        { path: "line 1, column probability", message: "this column is required" },
      ],
    });
  });

  it.each([
    ["", "line 1", "the file is empty: no header row"],
    [`${header}\nk1,ann,Ann,"never closed,2025-01-01,0.3\nk2,ann,Ann,x,2025-01-01,0.3\n`, "line 2", "not valid CSV"],
    [`${header}\r\nk1,ann,Ann,ok,2025-01-01,0.3\r\n\r\nk2,ann,Ann,x"y,2025-01-01,0.3\r\n`, "line 4", "not valid CSV"],
  ])("reports a broken file at the line where the trouble starts (%#)", (text, path, message) => {
    const read = readLedgerCsv(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issues).toHaveLength(1);
      expect(read.issues[0]?.path).toBe(path);
      expect(read.issues[0]?.message).toContain(message);
    }
  });

  describe("question links (contract v1.1)", () => {
    const head = `${header},outcome,credit,resolvedAt,question,negated,questionTitle,questionCriteria,questionResolveBy`;

    it("reads the link and the question's cells, a question's rows agreeing, a blank negated meaning false", () => {
      const read = readLedgerCsv(
        [
          head,
          "k1,ann,Ann,Another summit,2025-01-01,0.3,,,,q-summit,,Summit in 2025,In person,2025-12-31",
          "k2,ann,Ann,No summit,2025-01-02,0.6,PARTIAL,0.7,2026-01-02,q-summit,TRUE,,,",
          // A key alone links to a question already in the ledger: no question of the file.
          "k3,ann,Ann,Elsewhere,2025-01-02,0.6,,,,q-stored,no,,,",
        ].join("\n"),
      );
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      expect(read.ledger.questions).toEqual([
        {
          key: "q-summit",
          title: "Summit in 2025",
          criteria: "In person",
          resolveBy: new Date("2025-12-31T00:00:00Z"),
          references: [],
        },
      ]);
      expect(read.ledger.predictions.map((prediction) => [prediction.question, prediction.negated])).toEqual([
        ["q-summit", undefined],
        ["q-summit", true],
        ["q-stored", undefined],
      ]);
      // The import's own problems are put back where they sit in the file.
      expect(read.locate("predictions[2].question")).toBe("line 4, column question");
      expect(read.locate("predictions[1].resolution")).toBe("line 3, column outcome");
      expect(read.locate("predictions[1].resolution.credit")).toBe("line 3, column credit");
      expect(read.locate("analysts[0].name")).toBe("line 2, column analystName");
      expect(read.locate("questions[0].title")).toBe("line 2, column questionTitle");
      expect(read.locate("file")).toBe("file");
    });

    it("writes the link and the question's cells on each linked row, and reads back the same bytes", () => {
      const file = ledger({
        analysts: [{ slug: "ann", name: "Ann" }],
        questions: [
          {
            key: "q-summit",
            title: "Summit, in 2025",
            resolveBy: "2025-12-31",
            references: [{ probability: 0.2, source: "Market", asOf: "2025-01-01" }],
            resolution: { outcome: "TRUE", resolvedAt: "2026-01-02" },
          },
        ],
        predictions: [
          { key: "k1", analyst: "ann", claim: "Yes", madeAt: "2025-01-01", probability: 0.3, question: "q-summit" },
          {
            key: "k2",
            analyst: "ann",
            claim: "No",
            madeAt: "2025-01-01",
            probability: 0.3,
            question: "q-summit",
            negated: true,
          },
          { key: "k3", analyst: "ann", claim: "Unlinked", madeAt: "2025-01-01", probability: 0.3 },
        ],
      });
      const written = writeLedgerCsv(file);
      const lines = written.split("\r\n");
      expect(lines[1]!.endsWith(',q-summit,,"Summit, in 2025",,2025-12-31')).toBe(true);
      expect(lines[2]!.endsWith(',q-summit,true,"Summit, in 2025",,2025-12-31')).toBe(true);
      expect(lines[3]!.endsWith(",,,,,")).toBe(true);
      const read = readLedgerCsv(written);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      expect(writeLedgerCsv(read.ledger)).toBe(written);
      // References and the question's resolution are JSON-only.
      expect(read.ledger.questions).toEqual([
        { key: "q-summit", title: "Summit, in 2025", resolveBy: new Date("2025-12-31T00:00:00Z"), references: [] },
      ]);
    });

    it("lists a question cell without its key or title, a bad negated and a negation of nothing by line and column", () => {
      const read = readLedgerCsv(
        [
          head,
          "k1,ann,Ann,One,2025-01-01,0.3,,,,,,Title without key,,",
          "k2,ann,Ann,Two,2025-01-01,0.3,,,,q-a,maybe,,Criteria without a title,",
          "k3,ann,Ann,Three,2025-01-01,0.3,,,,,true,,,",
          "k4,ann,Ann,Four,2025-01-01,0.3,,,,q-b,,Title B,,",
          "k5,ann,Ann,Five,2025-01-01,0.3,,,,q-b,,Title C,,",
        ].join("\n"),
      );
      expect(read).toEqual({
        ok: false,
        issues: [
          { path: "line 2, column question", message: "the question's key is required when questionTitle is filled" },
          { path: "line 3, column negated", message: 'negated must be true or false, got "maybe"' },
          {
            path: "line 3, column questionCriteria",
            message:
              'questionTitle is required (on at least one row of question "q-a") when questionCriteria is filled',
          },
          { path: "line 4, column negated", message: "only allowed with a question to negate" },
          { path: "line 6, column questionTitle", message: '"Title C" differs from line 5 ("Title B")' },
        ],
      });
    });
  });

  it("leaves out unknown columns when asked to, and says which", () => {
    const text = `${header},extra,\nk1,ann,Ann,One,2025-01-01,0.3,whatever,\n`;
    expect(readLedgerCsv(text).ok).toBe(false);
    const read = readLedgerCsv(text, { ignoreUnknownFields: true });
    expect(read).toMatchObject({
      ok: true,
      ignoredFields: ["line 1, column extra", "line 1, column #8"],
      ledger: { predictions: [{ key: "k1", claim: "One" }] },
    });
  });
});
