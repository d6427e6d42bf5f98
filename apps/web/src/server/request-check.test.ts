import { describe, expect, it } from "vitest";
import { pathProblem, percentEncodingProblem, queryProblem, requestProblem } from "./request-check";

describe("pathProblem", () => {
  it.each([
    ["/predictions/%ZZ", 'The address is not valid: "%ZZ" is malformed percent-encoding (not UTF-8)'],
    ["/predictions/%E0%A4%A", 'The address is not valid: "%E0%A4%A" is malformed percent-encoding (not UTF-8)'],
    ["/analysts/%ED%A0%80", 'The address is not valid: "%ED%A0%80" is malformed percent-encoding (not UTF-8)'],
    ["/sources/a%00b", "The address may not contain the NUL character (U+0000)"],
    [`/questions/${"q".repeat(2001)}`, "A part of the address is longer than 2,000 characters"],
  ])("refuses %s", (path, message) => {
    expect(pathProblem(path)).toEqual({ parameter: "path", message });
  });

  it.each(["/", "/predictions/cmabc123", "/analysts/tereza-novotna", "/questions/q-%C3%A9t%C3%A9", "/%25"])(
    "lets %s through",
    (path) => {
      expect(pathProblem(path)).toBeNull();
    },
  );
});

describe("queryProblem", () => {
  it.each([
    ["?q=%00", "q", "q may not contain the NUL character (U+0000)"],
    ["?q=%ZZ", "q", "q is malformed percent-encoding (not UTF-8)"],
    ["?tag=%E0%A4%A", "tag", "tag is malformed percent-encoding (not UTF-8)"],
    ["?madeFrom=99999-01-01", "madeFrom", "madeFrom must be a date between the years 1000 and 9999"],
    ["?madeTo=-5000-01-01", "madeTo", "madeTo must be a date between the years 1000 and 9999"],
    ["?from=0000-01", "from", "from must be a date between the years 1000 and 9999"],
    ["?to=%2B10000-01", "to", "to must be a date between the years 1000 and 9999"],
    ["?minScored=1e999", "minScored", "minScored must be a number of at most 1,000,000,000"],
    ["?limit=-99999999999", "limit", "limit must be a number of at most 1,000,000,000"],
    [`?q=${"x".repeat(2001)}`, "q", "q is longer than the 2,000 characters a parameter may have"],
    ["?madeFrom=2025-02-30", "madeFrom", "madeFrom is not a date: 2025-02-30 (February 2025 has 28 days)"],
    ["?madeTo=2024-02-30", "madeTo", "madeTo is not a date: 2024-02-30 (February 2024 has 29 days)"],
    ["?asOf=2025-04-31", "asOf", "asOf is not a date: 2025-04-31 (April 2025 has 30 days)"],
    ["?from=2025-13", "from", "from is not a date: 2025-13 (there is no month 13)"],
    ["?to=2025-00-10", "to", "to is not a date: 2025-00-10 (there is no month 0)"],
    ["?madeFrom=2025-01-00", "madeFrom", "madeFrom is not a date: 2025-01-00 (January 2025 has 31 days)"],
  ])("refuses %s", (search, parameter, message) => {
    expect(queryProblem(search)).toEqual({ parameter, message });
  });

  it.each([
    "",
    "?",
    "?q=summit&status=OPEN&madeFrom=2025-01-01&madeTo=2025-12-31",
    "?from=2025-01&to=2025-12&minScored=3&sort=hitRate&dir=desc",
    // What a page drops by itself (a word for a date or a number) is not refused here.
    "?madeFrom=soon&minScored=five",
    "?madeFrom=2024-02-29&madeTo=2025-12-31&from=2025-12",
    "?q=caf%C3%A9+au+lait&cursor=garbage",
    "?q=%2B%25",
  ])("lets %j through", (search) => {
    expect(queryProblem(search)).toBeNull();
  });
});

it("requestProblem checks the path, then the query", () => {
  expect(requestProblem("/predictions/%ZZ", "?q=%00")?.parameter).toBe("path");
  expect(requestProblem("/", "?q=%00")?.parameter).toBe("q");
  expect(requestProblem("/", "")).toBeNull();
});

describe("percentEncodingProblem", () => {
  it.each([
    ["?q=%ZZ", "q", "q is malformed percent-encoding (not UTF-8)"],
    ["?limit=5&q=%E0%A4%A", "q", "q is malformed percent-encoding (not UTF-8)"],
    ["?%FF=1", "%FF", "This parameter's name is malformed percent-encoding"],
  ])("names the parameter of %s", (search, parameter, message) => {
    expect(percentEncodingProblem(search)).toEqual({ parameter, message });
  });

  it.each(["", "?", "?q=caf%C3%A9", "?q=100%25", "?q=a+b&flag", "?q=%00", "?limit=1e999"])(
    "leaves %s to the API, which checks the values itself",
    (search) => {
      expect(percentEncodingProblem(search)).toBeNull();
    },
  );
});
