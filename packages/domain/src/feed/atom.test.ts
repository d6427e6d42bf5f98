import { describe, expect, it } from "vitest";
import { renderAtomFeed } from "./atom";

describe("renderAtomFeed", () => {
  it("writes the feed's required elements and each entry's", () => {
    const xml = renderAtomFeed({
      id: "tag:example.org,2026:hindsight/feeds/predictions",
      title: "Predictions & judgements",
      updated: new Date("2026-12-01T10:00:00Z"),
      self: "https://example.org/feeds/predictions.atom?tag=a&analyst=b",
      alternate: "https://example.org/",
      author: { name: "Hindsight" },
      entries: [
        {
          id: "tag:example.org,2026:hindsight/prediction/p1",
          title: "Ann <Economist>: rates fall",
          updated: new Date("2026-11-30T09:00:00.000Z"),
          published: new Date("2026-11-29T09:00:00.000Z"),
          link: "https://example.org/predictions/p1",
          authors: [{ name: "Ann", uri: "https://example.org/analysts/ann" }],
          categories: [{ term: "economy", scheme: "https://example.org/?tag=" }],
          summary: "60%\u0000",
        },
      ],
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<id>tag:example.org,2026:hindsight/feeds/predictions</id>",
        '<title type="text">Predictions &amp; judgements</title>',
        "<updated>2026-12-01T10:00:00.000Z</updated>",
        '<link rel="self" type="application/atom+xml" href="https://example.org/feeds/predictions.atom?tag=a&amp;analyst=b"/>',
        '<link rel="alternate" type="text/html" href="https://example.org/"/>',
        "<author><name>Hindsight</name></author>",
        "<entry><id>tag:example.org,2026:hindsight/prediction/p1</id>" +
          '<title type="text">Ann &lt;Economist&gt;: rates fall</title>' +
          "<updated>2026-11-30T09:00:00.000Z</updated><published>2026-11-29T09:00:00.000Z</published>" +
          '<link rel="alternate" type="text/html" href="https://example.org/predictions/p1"/>' +
          "<author><name>Ann</name><uri>https://example.org/analysts/ann</uri></author>" +
          '<category term="economy" scheme="https://example.org/?tag="/>' +
          '<summary type="text">60%\uFFFD</summary></entry>',
        "</feed>",
        "",
      ].join("\n"),
    );
  });
});
