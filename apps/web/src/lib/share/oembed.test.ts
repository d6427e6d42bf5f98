import { describe, expect, it } from "vitest";
import { analystOEmbed, parseOEmbedRequest, predictionOEmbed, targetOf, type OEmbedRequest } from "./oembed";

const BASE = "https://hindsight.example.org";
const parse = (query: string) => parseOEmbedRequest(new URLSearchParams(query), BASE);
const url = (path: string) => encodeURIComponent(`${BASE}${path}`);

describe("parseOEmbedRequest", () => {
  it("reads an analyst's and a prediction's page, with the size limits", () => {
    expect(parse(`url=${url("/analysts/jane-doe")}&format=json&maxwidth=300&maxheight=200`)).toEqual({
      ok: true,
      request: { target: { kind: "analyst", slug: "jane-doe" }, maxwidth: 300, maxheight: 200 },
    });
    expect(parse(`url=${url("/predictions/abc123/")}`)).toEqual({
      ok: true,
      request: { target: { kind: "prediction", id: "abc123" }, maxwidth: null, maxheight: null },
    });
    // A query string or a fragment on the page's address changes nothing; the segment is decoded.
    expect(parse(`url=${url("/analysts/ren%C3%A9?tab=1#scores")}`)).toMatchObject({
      request: { target: { kind: "analyst", slug: "rené" } },
    });
  });

  it.each([
    ["", "url", "url is required: the address of a page"],
    ["url=", "url", "url is required: the address of a page"],
    ["url=not%20a%20url", "url", "url must be an absolute http(s) URL"],
    ["url=%2Fanalysts%2Fjane", "url", "url must be an absolute http(s) URL"],
    ["url=javascript%3Aalert(1)", "url", "url must be an absolute http(s) URL"],
    [`url=${url("/analysts/a")}&maxwidth=0`, "maxwidth", "maxwidth must be a whole number of pixels from 1 to 100000"],
    [
      `url=${url("/analysts/a")}&maxwidth=12.5`,
      "maxwidth",
      "maxwidth must be a whole number of pixels from 1 to 100000",
    ],
    [
      `url=${url("/analysts/a")}&maxheight=-3`,
      "maxheight",
      "maxheight must be a whole number of pixels from 1 to 100000",
    ],
  ])("refuses %j with 400 naming %s", (query, parameter, message) => {
    expect(parse(query)).toEqual({ ok: false, problem: { status: 400, parameter, message } });
  });

  it.each(["xml", "XML", "yaml"])("answers format=%s with 501", (format) => {
    expect(parse(`url=${url("/analysts/a")}&format=${format}`)).toEqual({
      ok: false,
      problem: { status: 501, parameter: "format", message: "Only format=json is offered (oEmbed's JSON)" },
    });
  });

  it.each([
    "https://elsewhere.example.org/analysts/jane",
    "http://hindsight.example.org/analysts/jane",
    "https://hindsight.example.org:8443/analysts/jane",
    `${BASE}/`,
    `${BASE}/analysts`,
    `${BASE}/analysts/jane/badge.svg`,
    `${BASE}/questions/q1`,
    `${BASE}/embed/analysts/jane`,
    `${BASE}/analysts/%E0%A4%A`,
  ])("answers %s, not a prediction or analyst page of ours, with 404", (address) => {
    expect(parse(`url=${encodeURIComponent(address)}`)).toEqual({
      ok: false,
      problem: { status: 404, parameter: "url", message: "url is not a prediction or an analyst page of this site" },
    });
  });
});

describe("targetOf", () => {
  it("follows a base URL with a path", () => {
    const base = "https://example.org/hindsight";
    expect(targetOf(new URL("https://example.org/hindsight/analysts/jane"), base)).toEqual({
      kind: "analyst",
      slug: "jane",
    });
    expect(targetOf(new URL("https://example.org/analysts/jane"), base)).toBeNull();
  });
});

const request = (maxwidth: number | null, maxheight: number | null): OEmbedRequest => ({
  target: { kind: "analyst", slug: "jane-doe" },
  maxwidth,
  maxheight,
});

describe("analystOEmbed", () => {
  const analyst = { slug: "jane-doe", name: `Jane "JD" <Doe>` };

  it("is a rich answer: the embed in an iframe of 400 × 280, the share card as thumbnail", () => {
    expect(analystOEmbed(analyst, BASE, request(null, null))).toEqual({
      version: "1.0",
      type: "rich",
      provider_name: "Hindsight",
      provider_url: `${BASE}/`,
      title: `Jane "JD" <Doe>: track record on Hindsight`,
      author_name: `Jane "JD" <Doe>`,
      author_url: `${BASE}/analysts/jane-doe`,
      html: `<iframe src="${BASE}/embed/analysts/jane-doe" width="400" height="280" title="Jane &#34;JD&#34; &#60;Doe&#62;: track record on Hindsight" style="border:0" loading="lazy"></iframe>`,
      width: 400,
      height: 280,
      cache_age: 300,
      thumbnail_url: `${BASE}/analysts/jane-doe/card.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it("keeps the frame within maxwidth and maxheight, and leaves out a thumbnail that would not fit", () => {
    const answer = analystOEmbed(analyst, BASE, request(320, 200));
    expect(answer).toMatchObject({ width: 320, height: 200 });
    expect(answer.type === "rich" && answer.html).toContain('width="320" height="200"');
    expect(answer).not.toHaveProperty("thumbnail_url");
    // Larger limits than the embed's size change nothing.
    expect(analystOEmbed(analyst, BASE, request(2000, 1000))).toMatchObject({ width: 400, height: 280 });
    expect(analystOEmbed(analyst, BASE, request(1200, 630))).toHaveProperty("thumbnail_width", 1200);
    expect(analystOEmbed(analyst, BASE, request(1199, null))).not.toHaveProperty("thumbnail_url");
  });
});

describe("predictionOEmbed", () => {
  it("is a link answer titled with the claim, by the analyst", () => {
    const prediction = {
      id: "p 1",
      claim: "Inflation falls below 2%",
      analyst: { slug: "jane-doe", name: "Jane Doe" },
    };
    expect(
      predictionOEmbed(prediction, BASE, { ...request(null, null), target: { kind: "prediction", id: "p 1" } }),
    ).toEqual({
      version: "1.0",
      type: "link",
      provider_name: "Hindsight",
      provider_url: `${BASE}/`,
      title: "Inflation falls below 2%",
      author_name: "Jane Doe",
      author_url: `${BASE}/analysts/jane-doe`,
      cache_age: 300,
      thumbnail_url: `${BASE}/predictions/p%201/card.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});
