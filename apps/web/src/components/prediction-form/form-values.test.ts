import { describe, expect, it } from "vitest";
import type { FieldErrors } from "react-hook-form";
import {
  emptyPredictionForm,
  mentionsTerm,
  nestPartErrors,
  partsGroupError,
  placePredictionFieldErrors,
  predictionFormResolver,
  readDeadlineWords,
  readHedgeWords,
  toSchemaInput,
  UNKNOWN_HEDGE,
  type PredictionFormValues,
} from "./form-values";

const base = (values: Partial<PredictionFormValues> = {}): PredictionFormValues => ({
  ...emptyPredictionForm(new Date(2025, 3, 25)),
  analyst: { mode: "new", name: "Tereza Novotna", affiliation: "" },
  claim: "The talks end without a deal",
  probability: "70",
  ...values,
});

const published = { title: "Trump and Putin", outlet: "", url: "", publishedAt: "2025-04-25" };

describe("readDeadlineWords", () => {
  it("counts from the publication date, not from today", () => {
    const read = readDeadlineWords(
      base({ deadlineWords: "within six months", source: published, madeAt: "2025-05-01" }),
    );
    expect(read).toMatchObject({ ok: true, explanation: "six months after 25 Apr 2025" });
    expect(read?.ok && read.date.toISOString()).toBe("2025-10-25T00:00:00.000Z");
  });

  it("counts from the date made when there is no source", () => {
    const read = readDeadlineWords(base({ deadlineWords: "by Easter", madeAt: "2025-04-25" }));
    expect(read?.ok && read.date.toISOString()).toBe("2026-04-05T00:00:00.000Z");
  });

  it("uses the term's end when the words need it", () => {
    const words = "before the end of his term";
    expect(readDeadlineWords(base({ deadlineWords: words, source: published }))).toEqual({
      ok: false,
      reason: "'before the end of his term' needs the term's end date",
      needsDate: "term",
    });
    const read = readDeadlineWords(base({ deadlineWords: words, source: published, termEnd: "2029-01-20" }));
    expect(read?.ok && read.date.toISOString()).toBe("2029-01-20T00:00:00.000Z");
  });

  it("is null while nothing is written, and asks for a date to count from", () => {
    expect(readDeadlineWords(base({ deadlineWords: "  " }))).toBeNull();
    expect(readDeadlineWords(base({ deadlineWords: "within a year", madeAt: "" }))).toMatchObject({ ok: false });
  });
});

describe("readHedgeWords", () => {
  it.each([
    ["could", 0.4],
    [" Likely ", 0.75],
    ["not likely", 0.25],
  ])("%j -> %d", (words, probability) => {
    const read = readHedgeWords(words);
    expect(read?.ok && read.reading.probability).toBe(probability);
  });

  it("does not guess an unknown phrase", () => {
    expect(readHedgeWords("risks")).toEqual({ ok: false, reason: UNKNOWN_HEDGE });
    expect(readHedgeWords("")).toBeNull();
  });
});

describe("mentionsTerm", () => {
  it.each([
    ["before the end of his term", true],
    ["until he leaves office", true],
    ["by Easter", false],
    ["in the long term", true],
  ])("%j -> %s", (words, expected) => {
    expect(mentionsTerm(words)).toBe(expected);
  });
});

describe("toSchemaInput", () => {
  it("drops an all-blank source and a hidden condition, and the entry fields", () => {
    const { input, problems } = toSchemaInput(base({ conditional: false, condition: "If it rains" }));
    expect(input.source).toBeUndefined();
    expect(input.condition).toBeUndefined();
    expect(input).not.toHaveProperty("deadlineWords");
    expect(input).not.toHaveProperty("hedgeWords");
    expect(problems).toEqual({});
  });

  it("turns hedge words into the probability, its source and the hedge", () => {
    const { input, problems } = toSchemaInput(
      base({ probabilityMode: "words", hedgeWords: " could ", probability: "90" }),
    );
    expect(input).toMatchObject({ probability: 0.4, probabilitySource: "HEDGE", hedge: "could" });
    expect(problems).toEqual({});
  });

  it("refuses unknown hedge words instead of guessing", () => {
    const { input, problems } = toSchemaInput(base({ probabilityMode: "words", hedgeWords: "risks" }));
    expect(input.probability).toBeUndefined();
    expect(problems).toEqual({ hedgeWords: UNKNOWN_HEDGE });
  });

  it("keeps a number stated or estimated, never with hedge words", () => {
    expect(toSchemaInput(base({ probabilitySource: "ESTIMATE", hedge: "could" })).input).toMatchObject({
      probability: 0.7,
      probabilitySource: "ESTIMATE",
      hedge: undefined,
    });
  });

  it.each([
    ["70", 0.7],
    ["70%", 0.7],
    ["70.5 %", 0.705],
    ["0.7", 0.7],
    ["1", 0.01],
    ["100", 1],
  ])("reads the probability typed, %j, as %d", (typed, probability) => {
    const { input, problems } = toSchemaInput(base({ probability: typed }));
    expect(input.probability).toBe(probability);
    expect(problems).toEqual({});
  });

  it.each([
    ["", "Probability is required: type a percentage such as 60%"],
    ["160", "Probability must be between 0% and 100%, not “160”"],
    ["likely", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “likely”"],
  ])("refuses the probability typed, %j, on its field", (typed, message) => {
    const { input, problems } = toSchemaInput(base({ probability: typed }));
    expect(input.probability).toBeUndefined();
    expect(problems).toEqual({ probability: message });
  });

  it("ignores the number typed when the hedge words give the probability", () => {
    const { input, problems } = toSchemaInput(
      base({ probabilityMode: "words", hedgeWords: "could", probability: "not a number" }),
    );
    expect(input.probability).toBe(0.4);
    expect(problems).toEqual({});
  });

  it("turns a deadline in words into its date", () => {
    const { input, problems } = toSchemaInput(
      base({ deadlineMode: "words", deadlineWords: "by the end of 2025", resolveBy: "2030-01-01", source: published }),
    );
    expect(input.resolveBy).toBe("2025-12-31");
    expect(problems).toEqual({});
  });

  it("reports words it cannot read, and a missing term end", () => {
    expect(toSchemaInput(base({ deadlineMode: "words", deadlineWords: "someday, maybe" })).problems).toEqual({
      deadlineWords: "No date found in 'someday, maybe'",
    });
    expect(
      toSchemaInput(base({ deadlineMode: "words", deadlineWords: "before the end of her term", source: published }))
        .problems,
    ).toEqual({
      deadlineWords: "'before the end of her term' needs the term's end date",
      termEnd: "Enter the date the term ends",
    });
  });

  it("sends the rows of parts as the list of claims the schema takes", () => {
    expect(toSchemaInput(base()).input.parts).toEqual([]);
    const { input } = toSchemaInput(
      base({ parts: [{ claim: "The talks are flashy" }, { claim: " The talks are vague " }] }),
    );
    expect(input.parts).toEqual(["The talks are flashy", " The talks are vague "]);
    expect(input.claim).toBe("The talks end without a deal");
  });

  it("ignores the words while the deadline is entered as a date", () => {
    const { input } = toSchemaInput(
      base({ deadlineMode: "date", deadlineWords: "by Easter", resolveBy: "2026-01-01" }),
    );
    expect(input.resolveBy).toBe("2026-01-01");
  });
});

describe("predictionFormResolver", () => {
  const resolve = (values: PredictionFormValues) =>
    predictionFormResolver(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
      criteriaMode: "firstError",
    });

  it("resolves to the schema's output", async () => {
    const result = await resolve(base({ probabilityMode: "words", hedgeWords: "could" }));
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ probability: 0.4, probabilitySource: "HEDGE", hedge: "could" });
  });

  it("resolves parts to a list of trimmed claims", async () => {
    const result = await resolve(
      base({
        parts: [{ claim: " The talks are flashy " }, { claim: "The talks are vague" }, { claim: "Meaningless" }],
      }),
    );
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      parts: ["The talks are flashy", "The talks are vague", "Meaningless"],
    });
  });

  it("puts a part's error on its input, and a lone part's on the group", async () => {
    const blank = await resolve(base({ parts: [{ claim: "The talks are flashy" }, { claim: "  " }] }));
    expect(blank.values).toEqual({});
    expect(blank.errors.parts?.[0]).toBeUndefined();
    expect(blank.errors.parts?.[1]?.claim).toMatchObject({ message: "Part is required" });
    expect(partsGroupError(blank.errors)).toBeUndefined();

    const lone = await resolve(base({ parts: [{ claim: "The talks are flashy" }] }));
    expect(lone.values).toEqual({});
    expect(lone.errors.parts?.[0]).toBeUndefined();
    expect(partsGroupError(lone.errors)).toBe("Split a claim into two parts or more");

    const many = await resolve(base({ parts: Array.from({ length: 11 }, (_, index) => ({ claim: `Part ${index}` })) }));
    expect(partsGroupError(many.errors)).toBe("At most 10 parts");
  });

  it("adds the problems of the words to the schema's errors", async () => {
    const result = await resolve(base({ claim: "", probabilityMode: "words", hedgeWords: "perhaps-ish" }));
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      claim: { message: "Claim is required" },
      hedgeWords: { message: UNKNOWN_HEDGE },
      probability: { message: "Probability must be a number between 0 and 1" },
    });
  });

  it("puts the problem of a typed probability on its field, in percent", async () => {
    const result = await resolve(base({ probability: "160" }));
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      probability: { type: "validate", message: "Probability must be between 0% and 100%, not “160”" },
    });
    const typed = await resolve(base({ probability: "60%" }));
    expect(typed.errors).toEqual({});
    expect(typed.values).toMatchObject({ probability: 0.6 });
  });
});

describe("nestPartErrors", () => {
  const message = (text: string) => ({ type: "custom", message: text });

  it("moves the errors of parts.N to parts.N.claim and the group's to parts.root", () => {
    const errors = nestPartErrors({
      claim: message("Claim is required"),
      parts: { 1: message("Part is required"), root: message("Too few") },
    } as unknown as FieldErrors<PredictionFormValues>);
    expect(errors.claim).toEqual(message("Claim is required"));
    expect(errors.parts?.[0]).toBeUndefined();
    expect(errors.parts?.[1]?.claim).toEqual(message("Part is required"));
    expect(errors.parts?.root).toEqual(message("Too few"));
    expect(partsGroupError(errors)).toBe("Too few");
  });

  it("reads a group error set on parts itself, keeps nested errors, and leaves other errors alone", () => {
    const errors = nestPartErrors({
      parts: { ...message("Split a claim into two parts or more"), 0: { claim: message("Part is required") } },
    } as unknown as FieldErrors<PredictionFormValues>);
    expect(errors.parts?.[0]?.claim).toEqual(message("Part is required"));
    expect(partsGroupError(errors)).toBe("Split a claim into two parts or more");
    const untouched = { quote: message("Too long") } as FieldErrors<PredictionFormValues>;
    expect(nestPartErrors(untouched)).toBe(untouched);
  });
});

describe("partsGroupError", () => {
  it("is undefined without an error on the group", () => {
    expect(partsGroupError({})).toBeUndefined();
    expect(
      partsGroupError({
        parts: [{ claim: { type: "x", message: "Part is required" } }],
      } as FieldErrors<PredictionFormValues>),
    ).toBeUndefined();
  });

  it("reads the error react-hook-form or setError put on the group", () => {
    expect(partsGroupError({ parts: { message: "At most 10 parts" } } as FieldErrors<PredictionFormValues>)).toBe(
      "At most 10 parts",
    );
  });
});

describe("placePredictionFieldErrors", () => {
  it("places a part's server error on its input and the group's on the parts", () => {
    expect(
      placePredictionFieldErrors(
        {
          "parts[1]": "Part must be at most 1000 characters",
          parts: "Split a claim into two parts or more",
          "source.url": "Source URL must be an http(s) URL",
          "tags[2]": "Tags use letters, digits, spaces, - and _",
        },
        3,
      ),
    ).toEqual({
      onFields: [
        ["source.url", "Source URL must be an http(s) URL"],
        ["tags", "Tags use letters, digits, spaces, - and _"],
        ["parts.1.claim", "Part must be at most 1000 characters"],
        ["parts", "Split a claim into two parts or more"],
      ],
      unplaced: [],
    });
  });

  it("puts a part the form has no row for on the group, once, and keeps what matches nothing apart", () => {
    expect(
      placePredictionFieldErrors(
        { "parts[4]": "Part is required", "parts.5": "Part is too long", partsList: "Unknown", _: "Something is off" },
        2,
      ),
    ).toEqual({ onFields: [["parts", "Part is required"]], unplaced: ["Unknown", "Something is off"] });
  });
});
