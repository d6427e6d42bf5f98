import { describe, expect, it } from "vitest";
import { element, escapeXml, textElement } from "./xml";

describe("escapeXml", () => {
  it.each([
    ["plain", "plain"],
    ["a < b & c > d", "a &lt; b &amp; c &gt; d"],
    [`"quoted" 'single'`, "&quot;quoted&quot; &apos;single&apos;"],
    ["&amp; stays visible", "&amp;amp; stays visible"],
    ["tab\tnewline\ncr\r", "tab\tnewline\ncr\r"],
    ["nul\u0000bell\u0007vt\u000Bus\u001F", "nul\uFFFDbell\uFFFDvt\uFFFDus\uFFFD"],
    ["\uFFFE\uFFFF", "\uFFFD\uFFFD"],
    ["lone \uD800 high, lone \uDC00 low", "lone \uFFFD high, lone \uFFFD low"],
    ["pair \uD83D\uDE00 kept, é kept", "pair \uD83D\uDE00 kept, é kept"],
    ["DEL \u007F is allowed in XML 1.0", "DEL \u007F is allowed in XML 1.0"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("element", () => {
  it("escapes attribute values and leaves out undefined ones", () => {
    expect(element("link", { href: "/?a=1&b=2", title: undefined })).toBe('<link href="/?a=1&amp;b=2"/>');
  });

  it("wraps escaped text", () => {
    expect(textElement("title", "5 < 6", { type: "text" })).toBe('<title type="text">5 &lt; 6</title>');
  });
});
