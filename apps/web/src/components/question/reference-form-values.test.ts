import { describe, expect, it } from "vitest";
import {
  checkReferenceForm,
  emptyReferenceForm,
  referencePreview,
  type ReferenceFormValues,
} from "./reference-form-values";

const form = (values: Partial<ReferenceFormValues>): ReferenceFormValues => ({
  ...emptyReferenceForm(new Date("2026-01-15T23:30:00Z")),
  ...values,
});

describe("emptyReferenceForm", () => {
  it("dates the reference today in UTC", () => {
    expect(emptyReferenceForm(new Date("2026-01-15T23:30:00Z"))).toEqual({
      probability: "",
      source: "",
      asOf: "2026-01-15",
      url: "",
    });
  });
});

describe("checkReferenceForm", () => {
  it("turns the form into the API's fields, leaving a blank link out", () => {
    expect(checkReferenceForm(form({ probability: "0.35", source: " Polymarket " }))).toEqual({
      ok: true,
      fields: { probability: 0.35, source: "Polymarket", asOf: new Date("2026-01-15T00:00:00Z"), url: undefined },
    });
    const linked = checkReferenceForm(form({ probability: "0", source: "Base rate", url: "https://example.org/rate" }));
    expect(linked.ok && linked.fields).toMatchObject({ probability: 0, url: "https://example.org/rate" });
  });

  it("puts each problem on its field", () => {
    expect(checkReferenceForm(form({ asOf: "2026-02-30", url: "javascript:alert(1)" }))).toEqual({
      ok: false,
      errors: [
        ["probability", "Probability must be a number between 0 and 1"],
        ["source", "Source is required"],
        ["asOf", "Date must be a date (YYYY-MM-DD)"],
        ["url", "Link must be an http(s) URL"],
      ],
    });
    expect(checkReferenceForm(form({ probability: "35", source: "Market" }))).toEqual({
      ok: false,
      errors: [["probability", "Probability must be between 0 and 1"]],
    });
  });

  it("previews the probability as a percentage only when it is one", () => {
    expect(referencePreview("0.35")).toBe(0.35);
    expect(referencePreview("")).toBeNull();
    expect(referencePreview("35")).toBeNull();
  });
});
