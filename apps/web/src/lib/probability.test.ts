import { lookupHedge } from "@hindsight/domain";
import { describe, expect, it } from "vitest";
import { describeHedgeReading, findHedge, probabilityOrigin } from "./probability";

describe("describeHedgeReading", () => {
  it.each([
    ["could", "could: 40% (25–50%), CAPphrase survey"],
    ["likely", "likely: 75% (67–80%), CAPphrase survey"],
    ["even chance", "even chance: 50% (45–55%), ICD-203 standard"],
    ["may well", "may well: 55% (40–70%), Hindsight's own reading"],
    ["not likely", "not likely: 25% (20–33%), CAPphrase survey"],
  ])("%s", (phrase, expected) => {
    const reading = lookupHedge(phrase);
    expect(reading).not.toBeNull();
    expect(describeHedgeReading(reading!)).toBe(expected);
  });
});

describe("probabilityOrigin", () => {
  it("says a stated number is the analyst's", () => {
    expect(
      probabilityOrigin({ probability: 0.7, probabilitySource: "STATED", hedge: null }, lookupHedge),
    ).toMatchObject({
      label: "Stated by the analyst",
      detail: "The analyst put a number on it: 70%.",
      basis: null,
    });
  });

  it("names the recorder for an estimate", () => {
    expect(probabilityOrigin({ probability: 0.3, probabilitySource: "ESTIMATE", hedge: null }, lookupHedge).label).toBe(
      "The recorder's estimate",
    );
  });

  it("reads a hedge with the lexicon's interval, source and basis", () => {
    expect(probabilityOrigin({ probability: 0.4, probabilitySource: "HEDGE", hedge: "could" }, lookupHedge)).toEqual({
      label: "From the hedge “could”",
      detail: "could: 40% (25–50%), CAPphrase survey",
      basis: "CAPphrase median 40 (IQR 25-50)",
    });
  });

  it("prefers the interval stored with the prediction", () => {
    const origin = probabilityOrigin(
      {
        probability: 0.4,
        probabilitySource: "HEDGE",
        hedge: "could",
        probabilityLow: 0.3,
        probabilityHigh: 0.45,
      },
      lookupHedge,
    );
    expect(origin.detail).toBe("could: 40% (30–45%), CAPphrase survey");
  });

  it("keeps a hedge the lexicon no longer knows, without inventing a source", () => {
    expect(probabilityOrigin({ probability: 0.6, probabilitySource: "HEDGE", hedge: "risks" }, lookupHedge)).toEqual({
      label: "From the hedge “risks”",
      detail: "risks: 60%",
      basis: null,
    });
  });
});

describe("findHedge", () => {
  it.each([
    ["the talks could fail", "could", { start: 10, end: 15 }],
    ["Could it fail? It could.", "could", { start: 0, end: 5 }],
    ["a cloud could form", "could", { start: 8, end: 13 }],
    ["it couldn't fail", "could", null],
    ["His talks may well mirror", "may well", { start: 10, end: 18 }],
    ["it won’t happen", "won't", { start: 3, end: 8 }],
    ["no hedge here", "likely", null],
    ["anything", null, null],
    ["anything", "  ", null],
  ])("%j / %j", (quote, hedge, expected) => {
    expect(findHedge(quote, hedge)).toEqual(expected);
  });
});
