import { describe, expect, it } from "vitest";
import { checkReferenceForm, emptyReferenceForm, type ReferenceFormValues } from "./reference-form-values";

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
    expect(checkReferenceForm(form({ probability: "35", source: " Polymarket " }))).toEqual({
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
        ["probability", "Probability is required: type a percentage such as 60%"],
        ["source", "Source is required"],
        ["asOf", "Date must be a date (YYYY-MM-DD)"],
        ["url", "Link must be an http(s) URL"],
      ],
    });
    expect(checkReferenceForm(form({ probability: "135", source: "Market" }))).toEqual({
      ok: false,
      errors: [["probability", "Probability must be between 0% and 100%, not “135”"]],
    });
  });

  it.each([
    ["35", 0.35],
    ["35%", 0.35],
    ["35.5 %", 0.355],
    ["0.35", 0.35],
    ["100", 1],
  ])("reads the probability typed, %j, as %d", (probability, value) => {
    const check = checkReferenceForm(form({ probability, source: "Market" }));
    expect(check.ok && check.fields.probability).toBe(value);
  });
});
