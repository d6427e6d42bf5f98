import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";
import { authorsInMetadata } from "./html";

const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>Rates</title>${head}</head><body><h1>Rates on hold</h1>${body}</body></html>`;
const body =
  "<p>The central bank left rates unchanged on Tuesday after a two-day meeting.</p>" +
  "<p>Rates will fall by 50 basis points next year as inflation cools, in a slow cycle.</p>";

describe("authorsInMetadata", () => {
  it("reads meta author, article:author and JSON-LD Person authors, each once", () => {
    const head =
      '<meta name="author" content="Ana Ruiz"><meta content="Bo Lee" property="article:author">' +
      '<script type="application/ld+json">{"author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Cy Dunn"}]}</script>';
    expect(authorsInMetadata(page(head, body))).toEqual(["Ana Ruiz", "Bo Lee", "Cy Dunn"]);
  });

  it("leaves out addresses, handles, organisations and single words", () => {
    const head =
      '<meta property="article:author" content="https://example.org/staff/ana">' +
      '<meta name="author" content="@anaruiz"><meta name="author" content="Newsdesk">' +
      '<script type="application/ld+json">{"author":{"@type":"Organization","name":"Daily Planet"}}</script>';
    expect(authorsInMetadata(page(head, body))).toEqual([]);
  });
});

describe("a page's metadata as its byline", () => {
  it("credits the author the metadata names when the text carries no byline", () => {
    const [candidate] = extractPredictions(page('<meta name="author" content="Ana Ruiz">', body), {}).candidates;
    expect([candidate?.speaker, candidate?.speakerBasis]).toEqual(["Ana Ruiz", "byline"]);
  });

  it("keeps the byline the text carries", () => {
    const bylined = "<p>By Bo Lee</p>" + body;
    const [candidate] = extractPredictions(page('<meta name="author" content="Ana Ruiz">', bylined), {}).candidates;
    expect(candidate?.speaker).toBe("Bo Lee");
  });
});
