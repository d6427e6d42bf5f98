import { describe, expect, it } from "vitest";
import { foldText, slugify, tagSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Tereza Novotna", "tereza-novotna"],
    ["Phar Kim Beng & Ruhanas Harun", "phar-kim-beng-and-ruhanas-harun"],
    ["  Zoë Škoda  ", "zoe-skoda"],
    ["US–China relations!", "us-china-relations"],
    ["---", ""],
  ])("%s -> %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe("tagSlug", () => {
  it.each([
    ["Foreign policy", "foreign-policy"],
    ["foreign_policy", "foreign-policy"],
    ["FOREIGN  POLICY", "foreign-policy"],
    ["Économie", "économie"],
    ["north-korea", "north-korea"],
  ])("%s -> %s", (input, expected) => {
    expect(tagSlug(input)).toBe(expected);
  });
});

describe("foldText", () => {
  it.each([
    ["Novotná", "novotna"],
    ["NOVOTNA", "novotna"],
    ["  Tereza   Novotná ", "tereza novotna"],
    ["Zoë Škoda", "zoe skoda"],
    // No unaccented form: kept, only lower-cased.
    ["Łukasz", "łukasz"],
    ["Straße", "straße"],
    ["Ĳsbrand", "ijsbrand"],
  ])("%s -> %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
