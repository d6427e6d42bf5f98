import { describe, expect, it } from "vitest";
import { analystSnippets } from "./snippets";

describe("analystSnippets", () => {
  it("gives the embed's iframe and the badge as Markdown and HTML, with absolute addresses", () => {
    expect(analystSnippets("https://h.example", { slug: "jane-doe", name: "Jane Doe" })).toEqual([
      {
        id: "embed-html",
        label: "Embed (HTML)",
        copy: "Copy the embed",
        text: '<iframe src="https://h.example/embed/analysts/jane-doe" width="400" height="280" title="Jane Doe: track record on Hindsight" style="border:0" loading="lazy"></iframe>',
      },
      {
        id: "badge-markdown",
        label: "Badge (Markdown)",
        copy: "Copy the Markdown badge",
        text: "[![Jane Doe: track record on Hindsight](https://h.example/analysts/jane-doe/badge.svg)](https://h.example/analysts/jane-doe)",
      },
      {
        id: "badge-html",
        label: "Badge (HTML)",
        copy: "Copy the HTML badge",
        text: '<a href="https://h.example/analysts/jane-doe"><img src="https://h.example/analysts/jane-doe/badge.svg" alt="Jane Doe: track record on Hindsight"></a>',
      },
    ]);
  });

  it("escapes a name for each syntax", () => {
    const [iframe, markdown, html] = analystSnippets("https://h.example", { slug: "x", name: `a]"<b>\\` });
    expect(iframe?.text).toContain('title="a]&#34;&#60;b&#62;\\: track record on Hindsight"');
    expect(markdown?.text).toBe(
      '[![a\\]"<b>\\\\: track record on Hindsight](https://h.example/analysts/x/badge.svg)](https://h.example/analysts/x)',
    );
    expect(html?.text).toContain('alt="a]&#34;&#60;b&#62;\\: track record on Hindsight"');
  });
});
