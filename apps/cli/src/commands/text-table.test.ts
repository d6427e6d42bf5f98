import { describe, expect, it } from "vitest";
import { textTable, textTableLines } from "./text-table";

describe("textTable", () => {
  it("pads each column to its widest cell, two spaces apart, with no trailing spaces", () => {
    expect(
      textTable(
        ["role", "email"],
        [
          ["admin", "a@example.org"],
          ["editor", "b@x.io"],
        ],
      ),
    ).toBe(["role    email", "admin   a@example.org", "editor  b@x.io"].join("\n"));
  });

  it("aligns the columns it is told to on the right", () => {
    const { header, line } = textTableLines(
      ["name", "n"],
      [
        ["Ann", "7"],
        ["Bo", "120"],
      ],
      (column) => column === 1,
    );
    expect([header, line(["Ann", "7"]), line(["Bo", "120"])]).toEqual(["name    n", "Ann     7", "Bo    120"]);
  });
});
