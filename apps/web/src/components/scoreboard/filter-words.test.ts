import { describe, expect, it } from "vitest";
import { scoreboardFilterWords } from "./filter-words";

describe("scoreboardFilterWords", () => {
  it.each([
    [{}, null],
    // The minimum to be ranked and the order narrow nothing.
    [{ minScored: 2, sort: "brier" as const, dir: "desc" as const }, null],
    [{ tag: "korea" }, "tagged “korea”"],
    [{ outlet: "reuters" }, "from reuters"],
    [{ from: "2025-01", to: "2025-12" }, "made in 2025"],
    [{ from: "2025-03", to: "2025-03" }, "made in Mar 2025"],
    [{ from: "2025-01", to: "2025-06" }, "made from Jan 2025 to Jun 2025"],
    [{ from: "2024-11" }, "made in or after Nov 2024"],
    [{ to: "2025-02" }, "made in or before Feb 2025"],
    [{ tag: "korea", from: "2025-01", to: "2025-12" }, "tagged “korea” and made in 2025"],
    [{ tag: "korea", outlet: "reuters", to: "2025-02" }, "tagged “korea”, from reuters and made in or before Feb 2025"],
  ])("%j -> %s", (filters, words) => {
    expect(scoreboardFilterWords(filters)).toBe(words);
  });

  it("uses the menus' names for the tag and outlet when it has them", () => {
    expect(scoreboardFilterWords({ tag: "korea", outlet: "reuters" }, { tag: "Korea", outlet: "Reuters" })).toBe(
      "tagged “Korea” and from Reuters",
    );
  });
});
