import { describe, expect, it } from "vitest";
import { singularForms } from "./grammar";

describe("singularForms", () => {
  it("gives what a plural may be the plural of, and nothing for a word that is none", () => {
    expect(singularForms("laboratories")).toEqual(["laboratory"]);
    expect(singularForms("analyses")).toEqual(["analysis", "analyse"]);
    expect(singularForms("reports")).toEqual(["report"]);
    expect(singularForms("business")).toEqual([]);
    expect(singularForms("report")).toEqual([]);
  });
});
