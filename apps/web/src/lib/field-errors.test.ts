import { describe, expect, it } from "vitest";
import { placeFieldErrors } from "./field-errors";

const known = ["analyst.id", "analyst.name", "source", "source.url", "tags", "probability"] as const;

describe("placeFieldErrors", () => {
  it("puts errors on the fields they name", () => {
    expect(
      placeFieldErrors({ "source.url": "Source URL must be an http(s) URL", probability: "Too high" }, known),
    ).toEqual({
      onFields: [
        ["source.url", "Source URL must be an http(s) URL"],
        ["probability", "Too high"],
      ],
      unplaced: [],
    });
  });

  it("moves an array item's error to its field, keeping the first message", () => {
    expect(
      placeFieldErrors({ "tags[2]": "Tags use letters", "tags[5]": "A tag must be at most 40 characters" }, known),
    ).toEqual({
      onFields: [["tags", "Tags use letters"]],
      unplaced: [],
    });
  });

  it("falls back to the nearest ancestor the form has", () => {
    expect(placeFieldErrors({ "source.title.extra": "Nope" }, known).onFields).toEqual([["source", "Nope"]]);
  });

  it("returns what matches no field apart", () => {
    expect(
      placeFieldErrors({ _: "Something is off", cursor: "Not a valid cursor", analyst: "Pick one" }, known),
    ).toEqual({
      onFields: [],
      unplaced: ["Something is off", "Not a valid cursor", "Pick one"],
    });
  });
});
