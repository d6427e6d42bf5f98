import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "../test/harness";

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_ledger");
});
afterAll(async () => {
  await api.database.drop();
});

const ledger = (predictions: Record<string, unknown>[]) =>
  JSON.stringify({
    format: "hindsight/v1",
    analysts: [{ slug: "ann-analyst", name: "Ann Analyst" }],
    sources: [{ key: "gazette", title: "The outlook", outlet: "Gazette", publishedAt: "2025-01-10" }],
    predictions,
  });
const prediction = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  analyst: "ann-analyst",
  source: "gazette",
  claim: `Claim ${key}`,
  madeAt: "2025-01-10",
  probability: 0.3,
  tags: ["economy"],
  ...extra,
});

describe("ledger.import", () => {
  it("imports a JSON file, then the same file changes nothing, and a changed one updates and judges", async () => {
    const file = ledger([prediction("api-1"), prediction("api-2")]);
    expect(await api.editor.ledger.import({ filename: "ledger.json", content: file })).toEqual({
      format: "json",
      counts: {
        analysts: { created: 1, updated: 0 },
        sources: { created: 1, updated: 0 },
        questions: { created: 0, updated: 0, judged: 0 },
        references: { created: 0, updated: 0 },
        predictions: { created: 2, updated: 0, unchanged: 0 },
        judgements: { created: 0 },
      },
      ignoredFields: [],
    });
    expect((await api.editor.ledger.import({ content: file })).counts.predictions).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const changed = ledger([
      prediction("api-1", { claim: "Claim api-1, restated" }),
      prediction("api-2", { resolution: { outcome: "FALSE", resolvedAt: "2025-06-01" } }),
    ]);
    const { counts } = await api.editor.ledger.import({ content: changed });
    expect(counts.predictions).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(counts.judgements).toEqual({ created: 1 });
    const events = await api.database.db.auditEvent.findMany({
      where: { action: "prediction.update", actorId: api.actors.editor.userId },
      select: { before: true, after: true },
    });
    expect(events).toEqual([{ before: { claim: "Claim api-1" }, after: { claim: "Claim api-1, restated" } }]);
  });

  it("reads CSV by its extension or its content, and refuses a viewer", async () => {
    const csv =
      "key,analyst,analystName,claim,madeAt,probability,tags\napi-csv,ann-analyst,Ann Analyst,By CSV,2025-01-10,0.6,a;b\n";
    expect((await api.editor.ledger.import({ content: csv })).format).toBe("csv");
    expect((await api.editor.ledger.import({ content: csv, filename: "x.csv" })).counts.predictions.unchanged).toBe(1);
    const refused = await api.viewer.ledger.import({ content: csv }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("FORBIDDEN");
  });

  it("lists every problem of an invalid file by line and column and writes nothing", async () => {
    const before = await rowCounts(api.database);
    const csv = [
      "key,analyst,analystName,claim,madeAt,probability",
      "bad-1,ann-analyst,Ann Analyst,Fine,2025-01-10,0.5",
      "bad-2,ann-analyst,Ann Analyst,Too sure,2025-01-10,1.5",
      'bad-3,ann-analyst,Ann Analyst,"A claim, quoted",someday,0.5',
    ].join("\r\n");
    const error = await clientError(() => api.editor.ledger.import({ content: csv, filename: "ledger.csv" }));
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({
      "line 3, column probability": 'Probability must be between 0 and 1; for 1.5 percent write "1.5%"',
      "line 4, column madeAt": "madeAt must be a date (YYYY-MM-DD)",
    });
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("refuses a changed probability on a judged prediction with CONFLICT, naming each one", async () => {
    const judged = ledger([prediction("api-judged", { resolution: { outcome: "TRUE", resolvedAt: "2025-05-01" } })]);
    await api.editor.ledger.import({ content: judged });
    const before = await rowCounts(api.database);
    const changed = ledger([
      prediction("api-judged", { probability: 0.9, resolution: { outcome: "TRUE", resolvedAt: "2025-05-01" } }),
      prediction("api-new"),
    ]);
    const error = await clientError(() => api.editor.ledger.import({ content: changed }));
    expect(error.data.code).toBe("CONFLICT");
    expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(["predictions[0].probability"]);
    expect(await rowCounts(api.database)).toEqual(before);
  });
});

describe("ledger.import, contract v1.1", () => {
  const questionFile = (extra: { question?: Record<string, unknown>; predictions?: Record<string, unknown>[] } = {}) =>
    JSON.stringify({
      format: "hindsight/v1",
      analysts: [{ slug: "ann-analyst", name: "Ann Analyst" }],
      sources: [{ key: "gazette", title: "The outlook", outlet: "Gazette", publishedAt: "2025-01-10" }],
      questions: [
        {
          key: "q-api",
          title: "Rates are cut by June",
          references: [{ probability: 0.4, source: "Futures", asOf: "2025-01-09" }],
          resolution: { outcome: "TRUE", resolvedAt: "2025-06-20" },
          ...extra.question,
        },
      ],
      predictions: extra.predictions ?? [prediction("api-q-no", { question: "q-api", negated: true })],
    });

  it("refuses fields it does not know, each by its path, and imports without them when asked, saying which", async () => {
    const before = await rowCounts(api.database);
    const file = questionFile({
      question: { foo: "bar" },
      predictions: [prediction("api-q-no", { question: "q-api", negated: true, extra: 1 })],
    });
    const error = await clientError(() => api.editor.ledger.import({ content: file }));
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({
      "questions[0].foo": "unknown field",
      "predictions[0].extra": "unknown field",
    });
    expect(await rowCounts(api.database)).toEqual(before);

    const result = await api.editor.ledger.import({ content: file, ignoreUnknownFields: true });
    expect(result.ignoredFields).toEqual(["questions[0].foo", "predictions[0].extra"]);
    expect(result.counts).toMatchObject({
      questions: { created: 1, judged: 1 },
      references: { created: 1 },
      predictions: { created: 1 },
      judgements: { created: 1 },
    });
    const linked = await api.database.db.prediction.findUniqueOrThrow({
      where: { key: "api-q-no" },
      select: { outcome: true, negated: true, question: { select: { key: true } } },
    });
    expect(linked).toEqual({ outcome: "FALSE", negated: true, question: { key: "q-api" } });
  });

  it("names the CSV line and column of a link to an unknown question, and of a disagreeing resolution", async () => {
    const csv = [
      "key,analyst,analystName,claim,madeAt,probability,outcome,resolvedAt,question,negated",
      "api-csv-q1,ann-analyst,Ann Analyst,Cut,2025-01-10,0.6,,,q-nowhere,",
      "api-csv-q2,ann-analyst,Ann Analyst,No cut,2025-01-10,0.6,TRUE,2025-06-20,q-api,true",
    ].join("\n");
    const error = await clientError(() => api.editor.ledger.import({ content: csv, filename: "links.csv" }));
    expect(error.data.fieldErrors).toEqual({
      "line 2, column question": 'no question with key "q-nowhere" in this file or in the ledger',
      "line 3, column outcome": "disagrees with question q-api (FALSE expected for a negated link)",
    });
  });
});

describe("ledger.export", () => {
  it("gives anyone the whole ledger, the same bytes each time, and what it gives imports back unchanged", async () => {
    const json = await api.anonymous.ledger.export({});
    expect(await api.anonymous.ledger.export({ format: "json" })).toBe(json);
    const parsed = JSON.parse(json) as { predictions: { key: string }[] };
    expect(parsed.predictions.map((entry) => entry.key)).toEqual([
      "api-1",
      "api-2",
      "api-csv",
      "api-judged",
      "api-q-no",
    ]);
    const csv = await api.anonymous.ledger.export({ format: "csv" });
    expect(csv.split("\r\n")).toHaveLength(7);
    for (const content of [json, csv]) {
      const { counts } = await api.editor.ledger.import({ content });
      expect(counts.predictions).toEqual({ created: 0, updated: 0, unchanged: 5 });
      expect(counts.questions).toEqual({ created: 0, updated: 0, judged: 0 });
      expect(counts.judgements.created).toBe(0);
    }
  });
});
