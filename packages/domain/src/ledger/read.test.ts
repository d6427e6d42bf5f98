import { describe, expect, it } from "vitest";
import { detectLedgerFormat, readLedger, readLedgerJson } from "./read";

describe("detectLedgerFormat", () => {
  it.each([
    ["{}", "ledger.CSV", "csv"],
    ["key,analyst", "export.json", "json"],
    ['\uFEFF  \n{"format": "hindsight/v1"}', undefined, "json"],
    ['{"format": "hindsight/v1"}', "ledger.txt", "json"],
    ["key,analyst,analystName", "ledger", "csv"],
    ["", undefined, "csv"],
  ] as const)("reads %j named %s as %s", (text, filename, format) => {
    expect(detectLedgerFormat(text, filename)).toBe(format);
  });
});

describe("readLedgerJson", () => {
  it("says where a syntax error is, by line and column when the parser says", () => {
    expect(readLedgerJson('{\n  "format": "hindsight/v1",\n  "analysts": [,]\n}')).toEqual({
      ok: false,
      issues: [{ path: "file", message: "not valid JSON: Unexpected token ','" }],
    });
    expect(readLedgerJson('{"format": "hindsight/v1",\n}')).toEqual({
      ok: false,
      issues: [{ path: "line 2, column 1", message: "not valid JSON: Expected double-quoted property name" }],
    });
    expect(readLedgerJson("")).toEqual({
      ok: false,
      issues: [{ path: "file", message: "not valid JSON: Unexpected end of JSON input" }],
    });
  });

  it("lists the schema's problems by path", () => {
    expect(readLedger('{"format": "hindsight/v1", "predictions": [{"key": "k"}]}', "json")).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([{ path: "predictions[0].claim", message: "claim is required" }]),
    });
  });

  it("refuses a field it does not know unless asked to ignore it, and then says which it left out", () => {
    const text = '{"format": "hindsight/v1", "questions": [{"key": "q", "title": "Q", "foo": 1}], "bar": []}';
    expect(readLedger(text, "json")).toEqual({
      ok: false,
      issues: [
        { path: "bar", message: "unknown field" },
        { path: "questions[0].foo", message: "unknown field" },
      ],
    });
    const read = readLedger(text, "json", { ignoreUnknownFields: true });
    expect(read).toMatchObject({ ok: true, ignoredFields: ["bar", "questions[0].foo"] });
    expect(read.ok && read.locate("predictions[3].question")).toBe("predictions[3].question");
  });
});
