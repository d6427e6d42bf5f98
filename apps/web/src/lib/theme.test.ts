import { describe, expect, it } from "vitest";
import { parseTheme, themeClass, themeCookie } from "./theme";

describe("parseTheme", () => {
  it.each([
    ["light", "light"],
    ["dark", "dark"],
    ["system", "system"],
    [undefined, "system"],
    [null, "system"],
    ["", "system"],
    ["DARK", "system"],
    ["dark; injected", "system"],
  ])("reads %j as %s", (value, expected) => {
    expect(parseTheme(value)).toBe(expected);
  });
});

describe("themeClass", () => {
  it("puts a class on <html> only for a forced theme", () => {
    expect(themeClass("system")).toBeUndefined();
    expect(themeClass("light")).toBe("light");
    expect(themeClass("dark")).toBe("dark");
  });
});

describe("themeCookie", () => {
  it("remembers the theme for a year on the whole site, Secure over https", () => {
    expect(themeCookie("dark", false)).toBe("hindsight-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(themeCookie("light", true)).toBe("hindsight-theme=light; Path=/; Max-Age=31536000; SameSite=Lax; Secure");
  });
});
