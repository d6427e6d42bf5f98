import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

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
