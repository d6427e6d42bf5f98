import type { PredictionDetail } from "@hindsight/domain";
import { describe, expect, it } from "vitest";
import { checkEditForm, editFormDefaults, type EditFormValues } from "./edit-form-values";

const prediction = {
  claim: "The talks end without a deal",
  quote: "the talks could be meaningless",
  criteria: null,
  resolveBy: new Date("2025-12-31T00:00:00Z"),
  tags: ["russia", "diplomacy"],
  probability: 0.4,
  probabilitySource: "HEDGE",
  hedge: "could",
  conditional: false,
  condition: null,
} satisfies Partial<PredictionDetail>;

const edited = (values: Partial<EditFormValues>): EditFormValues => ({ ...editFormDefaults(prediction), ...values });

describe("editFormDefaults", () => {
  it("shows the prediction as the inputs hold it", () => {
    expect(editFormDefaults(prediction)).toEqual({
      claim: "The talks end without a deal",
      quote: "the talks could be meaningless",
      criteria: "",
      resolveBy: "2025-12-31",
      tags: "russia, diplomacy",
      probability: "40%",
      probabilitySource: "HEDGE",
      hedge: "could",
      conditional: false,
      condition: "",
    });
  });
});

describe("checkEditForm", () => {
  it("finds nothing changed in an untouched form (tags in another order or case included)", () => {
    expect(checkEditForm(prediction, edited({ tags: "Diplomacy,  russia" }))).toEqual({
      ok: true,
      // The tags always go along: the API would read absent tags as none.
      changes: { tags: ["diplomacy", "russia"] },
      changed: [],
    });
  });

  it("sends only what changed, clearing blanked fields with null", () => {
    expect(
      checkEditForm(
        prediction,
        edited({ claim: "The talks end without any deal", resolveBy: "", quote: " ", tags: "russia, sanctions" }),
      ),
    ).toEqual({
      ok: true,
      changes: { claim: "The talks end without any deal", quote: null, resolveBy: null, tags: ["russia", "sanctions"] },
      changed: ["claim", "quote", "resolveBy", "tags"],
    });
  });

  it("reads dates with the shared schema, and the probability as typed, a percentage", () => {
    const check = checkEditForm(prediction, edited({ resolveBy: "2026-06-30", probability: "35" }));
    expect(check).toMatchObject({
      ok: true,
      changes: { resolveBy: new Date("2026-06-30T00:00:00Z"), probability: 0.35 },
      changed: ["resolveBy", "probability"],
    });
  });

  it.each(["35%", "35 %", "0.35"])("reads %j as 35%", (typed) => {
    expect(checkEditForm(prediction, edited({ probability: typed }))).toMatchObject({
      ok: true,
      changes: { probability: 0.35 },
      changed: ["probability"],
    });
  });

  it.each(["40", "40 %", "0.4", " 40% "])("finds the probability unchanged when %j is typed for 40%", (typed) => {
    expect(checkEditForm(prediction, edited({ probability: typed }))).toEqual({
      ok: true,
      changes: { tags: ["russia", "diplomacy"] },
      changed: [],
    });
  });

  it("keeps a stored probability that a percentage cannot spell exactly, while its text is untouched", () => {
    const precise = { ...prediction, probability: 1 / 7 };
    expect(checkEditForm(precise, editFormDefaults(precise))).toMatchObject({ ok: true, changed: [] });
  });

  it("adds a condition with the box, and drops it with the box", () => {
    expect(checkEditForm(prediction, edited({ conditional: true, condition: "If the ceasefire holds" }))).toMatchObject(
      { ok: true, changes: { conditional: true, condition: "If the ceasefire holds" } },
    );
    const withCondition = { ...prediction, conditional: true, condition: "If it holds" };
    expect(checkEditForm(withCondition, { ...editFormDefaults(withCondition), conditional: false })).toMatchObject({
      ok: true,
      changes: { conditional: false, condition: null },
    });
  });

  it.each<[Partial<EditFormValues>, [string, string][]]>([
    [{ claim: "  " }, [["claim", "Claim is required"]]],
    [{ probability: "140" }, [["probability", "Probability must be between 0% and 100%, not “140”"]]],
    [{ probability: "" }, [["probability", "Probability is required: type a percentage such as 60%"]]],
    [
      { probability: "abc", claim: "" },
      [
        ["probability", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “abc”"],
        ["claim", "Claim is required"],
      ],
    ],
    [{ resolveBy: "2025-02-30" }, [["resolveBy", "Deadline must be a date (YYYY-MM-DD)"]]],
    [{ tags: "ok, no!" }, [["tags", "Tags use letters, digits, spaces, - and _"]]],
  ])("%j -> %j", (values, errors) => {
    expect(checkEditForm(prediction, edited(values))).toEqual({ ok: false, errors });
  });
});
