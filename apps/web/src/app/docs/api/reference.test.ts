import { execFileSync } from "node:child_process";
import { openApiDocument } from "@hindsight/api";
import { describe, expect, it } from "vitest";
import { constraintsOf, curlFor, endpointsOf, shellQuote, typeLabel, type ApiDocument } from "./reference";

const document = openApiDocument() as unknown as ApiDocument;
const base = "https://hindsight.example.org";

describe("shellQuote", () => {
  it.each([
    ["plain", "'plain'"],
    ["Trump's", `'Trump'\\''s'`],
    ["$HOME `x`", "'$HOME `x`'"],
  ])("quotes %j as %s", (text, quoted) => {
    expect(shellQuote(text)).toBe(quoted);
  });

  it("gives back the text through a real shell", () => {
    const text = `it's "quoted" $PATH \\ done`;
    expect(execFileSync("sh", ["-c", `printf '%s' ${shellQuote(text)}`], { encoding: "utf8" })).toBe(text);
  });
});

describe("curlFor", () => {
  it("fills path parameters, adds the query examples and no key for a read", () => {
    expect(
      curlFor(`${base}/api/v1`, "GET", "/predictions/{id}", {
        parameters: [{ name: "id", in: "path", schema: { type: "string" }, example: "p 1" }],
      }),
    ).toBe(`curl '${base}/api/v1/predictions/p%201'`);
    expect(
      curlFor(`${base}/api/v1`, "GET", "/scoreboard", {
        parameters: [
          { name: "tag", in: "query", schema: { type: "string" }, example: "russia" },
          { name: "minScored", in: "query", schema: { type: "integer" }, example: 3 },
          { name: "outlet", in: "query", schema: { type: "string" } },
        ],
      }),
    ).toBe(`curl '${base}/api/v1/scoreboard?tag=russia&minScored=3'`);
  });

  it("sends the key and the JSON example for a write, quoted for the shell", () => {
    const command = curlFor(`${base}/api/v1`, "POST", "/predictions", {
      security: [{ apiKey: [] }],
      requestBody: { content: { "application/json": { schema: {}, example: { claim: "Trump's talks fail" } } } },
    });
    expect(command).toBe(
      [
        `curl -X POST '${base}/api/v1/predictions'`,
        `-H "Authorization: Bearer $HINDSIGHT_API_KEY"`,
        `-H 'Content-Type: application/json'`,
        `-d '{\n  "claim": "Trump'\\''s talks fail"\n}'`,
      ].join(" \\\n  "),
    );
  });
});

describe("endpointsOf the real document", () => {
  const endpoints = endpointsOf(document, base);

  it("lists every endpoint with its access, success status and curl", () => {
    const byId = Object.fromEntries(endpoints.map((endpoint) => [endpoint.id, endpoint]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        "getOpenApiDocument",
        "listPredictions",
        "getPrediction",
        "createPrediction",
        "judgePrediction",
        "listAnalysts",
        "getAnalyst",
        "listSources",
        "getSource",
        "getScoreboard",
        "linkPrediction",
        "listQuestions",
        "getQuestion",
        "createQuestion",
        "addQuestionReference",
        "judgeQuestion",
        "listClaimReviews",
        "listPredictionDisputes",
        "fileDispute",
        "answerDispute",
      ].sort(),
    );
    expect(byId.judgeQuestion).toMatchObject({ method: "POST", needsKey: true, success: { status: "201" } });
    expect(byId.judgeQuestion?.curl).toContain(`${base}/api/v1/questions/q-trump-kim-summit/judgements`);
    expect(byId.getQuestion).toMatchObject({ method: "GET", needsKey: false, success: { status: "200" } });
    expect(byId.createPrediction).toMatchObject({ method: "POST", needsKey: true, success: { status: "201" } });
    expect(byId.listPredictions).toMatchObject({ method: "GET", needsKey: false, success: { status: "200" } });
    // A dispute may be filed without a key (publicly) or with one.
    expect(byId.fileDispute).toMatchObject({ method: "POST", needsKey: false, success: { status: "201" } });
    expect(byId.answerDispute).toMatchObject({ method: "POST", needsKey: true, success: { status: "201" } });
    expect(byId.judgePrediction?.errors.map((error) => error.status)).toEqual([
      "400",
      "401",
      "403",
      "404",
      "409",
      "413",
      "415",
      "429",
      "500",
    ]);
    expect(byId.judgePrediction?.curl).toContain(`${base}/api/v1/predictions/cmexampleprediction01/judgements`);
    expect(byId.getScoreboard?.curl).toBe(
      `curl '${base}/api/v1/scoreboard?tag=russia&from=2025-01&to=2025-12&minScored=3'`,
    );
  });
});

describe("typeLabel and constraintsOf", () => {
  it.each([
    [{ type: "string" }, "string"],
    [{ type: "string", format: "date-time" }, "string (date-time)"],
    [{ $ref: "#/components/schemas/PredictionSummary" }, "PredictionSummary"],
    [{ type: "array", items: { $ref: "#/components/schemas/Judgement" } }, "Judgement[]"],
    [{ type: ["string", "null"] }, "string | null"],
    [{ anyOf: [{ type: "string", enum: ["TRUE", "FALSE"] }, { type: "null" }] }, "TRUE | FALSE | null"],
    [{ type: "array", items: { anyOf: [{ type: "string" }, { type: "null" }] } }, "(string | null)[]"],
  ])("labels %j as %s", (schema, label) => {
    expect(typeLabel(schema)).toBe(label);
  });

  it("states bounds, lengths and defaults", () => {
    expect(constraintsOf({ type: "integer", minimum: 1, maximum: 100, default: 20 })).toEqual([
      "1 to 100",
      "default 20",
    ]);
    expect(constraintsOf({ type: "string", maxLength: 200 })).toEqual(["length at most 200"]);
  });
});
