import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/admin/users", "/admin/users"],
    ["/predictions/new?from=header#top", "/predictions/new?from=header#top"],
    [["/a", "/b"], "/a"],
    [undefined, "/"],
    [null, "/"],
    ["", "/"],
    ["admin", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["/ok\\..\\evil", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/\u0000", "/"],
  ])("reads %j as %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("signInPath", () => {
  it.each([
    ["/", "/sign-in"],
    ["/admin/users", "/sign-in?next=%2Fadmin%2Fusers"],
    ["/predictions/new?x=1", "/sign-in?next=%2Fpredictions%2Fnew%3Fx%3D1"],
  ])("sends %j back through %j", (path, expected) => {
    expect(signInPath(path)).toBe(expected);
  });
});
