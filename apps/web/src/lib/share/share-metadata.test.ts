import { describe, expect, it } from "vitest";
import { oembedDiscovery, shareMetadata } from "./share-metadata";

describe("shareMetadata", () => {
  it("gives Open Graph and a large X card with the page's absolute address and its card of 1200 × 630", () => {
    const tags = shareMetadata({
      baseUrl: "https://h.example",
      path: "/predictions/p1",
      title: "Rates fall",
      description: "Jane gave 70%.",
      imageAlt: "Jane gave 70%.",
      type: "article",
    });
    const image = {
      url: "https://h.example/predictions/p1/card.png",
      width: 1200,
      height: 630,
      type: "image/png",
      alt: "Jane gave 70%.",
    };
    expect(tags).toEqual({
      openGraph: {
        type: "article",
        siteName: "Hindsight",
        title: "Rates fall",
        description: "Jane gave 70%.",
        url: "https://h.example/predictions/p1",
        images: [image],
      },
      twitter: {
        card: "summary_large_image",
        title: "Rates fall",
        description: "Jane gave 70%.",
        images: [{ url: image.url, alt: image.alt, width: 1200, height: 630 }],
      },
    });
  });
});

describe("oembedDiscovery", () => {
  it("points at the JSON endpoint for the page's absolute address", () => {
    expect(oembedDiscovery("https://h.example", "/analysts/jane-doe")).toEqual({
      "application/json+oembed":
        "https://h.example/api/oembed?url=https%3A%2F%2Fh.example%2Fanalysts%2Fjane-doe&format=json",
    });
  });
});
