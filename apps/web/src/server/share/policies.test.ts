import { describe, expect, it } from "vitest";
import { IMAGE_POLICY, ownPolicy } from "./policies";

describe("ownPolicy", () => {
  it("lets any site frame the embeds, and only them", () => {
    expect(ownPolicy("/embed/analysts/jane-doe", false)).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *",
    );
    expect(ownPolicy("/embed/analysts/jane-doe", true)).toMatch(/frame-ancestors \*; upgrade-insecure-requests$/);
  });

  it("gives the badge an image policy that allows no script and no framing", () => {
    expect(ownPolicy("/analysts/jane-doe/badge.svg", false)).toBe(IMAGE_POLICY);
    expect(IMAGE_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  });

  it.each([
    "/",
    "/analysts/jane-doe",
    "/analysts/embed/x",
    "/embed",
    "/embed/other",
    "/embed/analysts/jane-doe/more",
    "/embedded/x",
    "/predictions/p1/card.png",
    "/x/badge.svg",
  ])("leaves %s to the page policy", (path) => {
    expect(ownPolicy(path, false)).toBeNull();
  });
});
