import { describe, expect, it } from "vitest";
import { createPredictionInput, updatePredictionInput } from "./prediction";

const valid = {
  analyst: { mode: "new", name: "Tereza Novotna" },
  source: {
    title: "What Trump's North Korea diplomacy says",
    outlet: "Asia Times",
    url: "",
    publishedAt: "2025-04-25",
  },
  quote: "the Trump-Putin talks will be flashy, vague and ultimately meaningless",
  claim: "The Trump-Putin talks produce no substantive agreement",
  madeAt: "2025-04-25",
  resolveBy: "2025-12-31",
  probability: "0.95",
  tags: ["Russia", "russia", "diplomacy"],
};

const fieldErrors = (input: unknown) => {
  const result = createPredictionInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("createPredictionInput", () => {
  it("accepts a form submission, reading blanks as absent and numbers from text", () => {
    const parsed = createPredictionInput.parse(valid);
    expect(parsed.probability).toBe(0.95);
    expect(parsed.source?.url).toBeUndefined();
    expect(parsed.madeAt.toISOString()).toBe("2025-04-25T00:00:00.000Z");
    expect(parsed.tags).toEqual(["russia", "diplomacy"]);
    expect(parsed.probabilitySource).toBe("STATED");
  });

  it.each([
    [{ probability: 1.2 }, "probability", "Probability must be between 0 and 1"],
    [{ probability: -0.1 }, "probability", "Probability must be between 0 and 1"],
    [{ probability: "abc" }, "probability", "Probability must be a number between 0 and 1"],
    [{ claim: "   " }, "claim", "Claim is required"],
    [{ madeAt: "not a date" }, "madeAt", "Date made must be a date (YYYY-MM-DD)"],
    [{ resolveBy: "2024-01-01" }, "resolveBy", "Deadline must be on or after the date made"],
    [{ analyst: { mode: "new", name: "" } }, "analyst.name", "Analyst name is required"],
    [{ analyst: { mode: "existing", id: "" } }, "analyst.id", "Pick an analyst"],
    [{ source: { ...valid.source, url: "javascript:alert(1)" } }, "source.url", "Source URL must be an http(s) URL"],
    [{ condition: "If the war ends" }, "condition", "A condition needs the conditional box ticked"],
    [{ madeAt: "2025-01-01", resolveBy: "" }, "madeAt", "Date made cannot be before the source was published"],
  ])("rejects %j at %s", (change, path, message) => {
    expect(fieldErrors({ ...valid, ...change })[path]).toBe(message);
  });
});

describe("createPredictionInput never invents a value", () => {
  it.each([
    [{ probability: "" }, "probability", "Probability must be a number between 0 and 1"],
    [{ probability: "  " }, "probability", "Probability must be a number between 0 and 1"],
    [{ probability: null }, "probability", "Probability must be a number between 0 and 1"],
    [{ probability: true }, "probability", "Probability must be a number between 0 and 1"],
    [{ madeAt: null }, "madeAt", "Date made must be a date (YYYY-MM-DD)"],
    [{ madeAt: 0 }, "madeAt", "Date made must be a date (YYYY-MM-DD)"],
    [{ madeAt: "2025-02-30" }, "madeAt", "Date made must be a date (YYYY-MM-DD)"],
    [{ madeAt: "25/04/2025" }, "madeAt", "Date made must be a date (YYYY-MM-DD)"],
  ])("rejects %j", (change, path, message) => {
    expect(fieldErrors({ ...valid, ...change })[path]).toBe(message);
  });

  it("reads a timestamp without a zone as UTC, whatever the server's zone", () => {
    expect(createPredictionInput.parse({ ...valid, madeAt: "2025-04-25T10:00" }).madeAt.toISOString()).toBe(
      "2025-04-25T10:00:00.000Z",
    );
    expect(createPredictionInput.parse({ ...valid, madeAt: "2025-04-25T10:00:00+02:00" }).madeAt.toISOString()).toBe(
      "2025-04-25T08:00:00.000Z",
    );
  });

  it("reads full timestamps", () => {
    expect(createPredictionInput.parse({ ...valid, madeAt: "2025-04-25T10:30:00Z" }).madeAt.toISOString()).toBe(
      "2025-04-25T10:30:00.000Z",
    );
    expect(
      createPredictionInput.parse({ ...valid, madeAt: new Date("2025-05-01T00:00:00Z") }).madeAt.toISOString(),
    ).toBe("2025-05-01T00:00:00.000Z");
  });
});

describe("updatePredictionInput", () => {
  it("leaves tags alone when they are absent, and clears them when sent empty", () => {
    expect(updatePredictionInput.parse({ id: "p1", version: 1, claim: "Edited" }).tags).toBeUndefined();
    expect(updatePredictionInput.parse({ id: "p1", version: 1, tags: [] }).tags).toEqual([]);
  });
});
