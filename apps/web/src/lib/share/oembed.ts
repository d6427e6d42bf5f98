import { absolute, CARD_SIZE, sharePaths } from "./share-urls";
import { escapeXml } from "./xml";

/**
 * oEmbed 1.0 (JSON only) for Hindsight's prediction and analyst pages: what the request asks for,
 * checked, and the answers, built from what the pages show.
 */

export type OEmbedTarget = { kind: "analyst"; slug: string } | { kind: "prediction"; id: string };

export interface OEmbedRequest {
  target: OEmbedTarget;
  maxwidth: number | null;
  maxheight: number | null;
}

/** A refusal: 400 for a malformed parameter, 404 for a URL that is not one of our pages, 501 for a format other than JSON. */
export interface OEmbedProblem {
  status: 400 | 404 | 501;
  parameter: string;
  message: string;
}

/** The embed's frame, at most (the embed fits narrower frames by wrapping). */
export const EMBED_SIZE = { width: 400, height: 280 } as const;

/** The largest maxwidth and maxheight taken as given (larger ones change nothing). */
const MAX_DIMENSION = 100_000;

function dimension(params: URLSearchParams, name: string): number | OEmbedProblem | null {
  const value = params.get(name);
  if (value === null) return null;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > MAX_DIMENSION)
    return {
      status: 400,
      parameter: name,
      message: `${name} must be a whole number of pixels from 1 to ${MAX_DIMENSION}`,
    };
  return Number(value);
}

function segment(text: string): string | null {
  try {
    const decoded = decodeURIComponent(text);
    return decoded.trim() === "" ? null : decoded;
  } catch {
    return null;
  }
}

/** Which page of ours a URL is, or null: /predictions/<id> or /analysts/<slug> on HINDSIGHT_BASE_URL's origin. */
export function targetOf(url: URL, baseUrl: string): OEmbedTarget | null {
  const base = new URL(baseUrl);
  if (url.origin !== base.origin) return null;
  const basePath = base.pathname.replace(/\/+$/, "");
  if (!url.pathname.startsWith(`${basePath}/`)) return null;
  const match = /^\/(predictions|analysts)\/([^/]+)\/?$/.exec(url.pathname.slice(basePath.length));
  const value = match?.[2] === undefined ? null : segment(match[2]);
  if (!match || value === null) return null;
  return match[1] === "analysts" ? { kind: "analyst", slug: value } : { kind: "prediction", id: value };
}

/** The request's parameters checked: `url` (required, one of our pages), `format` (json), `maxwidth`, `maxheight`. */
export function parseOEmbedRequest(
  params: URLSearchParams,
  baseUrl: string,
): { ok: true; request: OEmbedRequest } | { ok: false; problem: OEmbedProblem } {
  const raw = params.get("url");
  if (raw === null || raw.trim() === "")
    return { ok: false, problem: { status: 400, parameter: "url", message: "url is required: the address of a page" } };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: { status: 400, parameter: "url", message: "url must be an absolute http(s) URL" } };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, problem: { status: 400, parameter: "url", message: "url must be an absolute http(s) URL" } };
  const maxwidth = dimension(params, "maxwidth");
  if (maxwidth !== null && typeof maxwidth === "object") return { ok: false, problem: maxwidth };
  const maxheight = dimension(params, "maxheight");
  if (maxheight !== null && typeof maxheight === "object") return { ok: false, problem: maxheight };
  const format = params.get("format");
  if (format !== null && format !== "json")
    return {
      ok: false,
      problem: { status: 501, parameter: "format", message: "Only format=json is offered (oEmbed's JSON)" },
    };
  const target = targetOf(url, baseUrl);
  if (!target)
    return {
      ok: false,
      problem: { status: 404, parameter: "url", message: "url is not a prediction or an analyst page of this site" },
    };
  return { ok: true, request: { target, maxwidth, maxheight } };
}

/** The fields every answer has. */
interface OEmbedBase {
  version: "1.0";
  provider_name: "Hindsight";
  provider_url: string;
  title: string;
  author_name: string;
  author_url: string;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export type OEmbedResponse =
  (OEmbedBase & { type: "link" }) | (OEmbedBase & { type: "rich"; html: string; width: number; height: number });

/** Answers may be kept for five minutes, as the cards and the badge. */
export const CACHE_AGE_SECONDS = 300;

const fits = (limit: number | null, size: number) => limit === null || size <= limit;

/** The page's share card as the thumbnail, when it fits within maxwidth and maxheight (the spec requires it). */
function thumbnail(baseUrl: string, pagePath: string, request: OEmbedRequest) {
  if (!fits(request.maxwidth, CARD_SIZE.width) || !fits(request.maxheight, CARD_SIZE.height)) return {};
  return {
    thumbnail_url: absolute(baseUrl, sharePaths.card(pagePath)),
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  };
}

/** The iframe of an analyst's embed, as oEmbed and the analyst page's snippet give it. */
export function embedIframe(src: string, title: string, width: number, height: number): string {
  return `<iframe src="${escapeXml(src)}" width="${width}" height="${height}" title="${escapeXml(title)}" style="border:0" loading="lazy"></iframe>`;
}

/** An analyst: a rich answer, the embed in an iframe no larger than maxwidth × maxheight. */
export function analystOEmbed(
  analyst: { slug: string; name: string },
  baseUrl: string,
  request: OEmbedRequest,
): OEmbedResponse {
  const width = Math.min(EMBED_SIZE.width, request.maxwidth ?? EMBED_SIZE.width);
  const height = Math.min(EMBED_SIZE.height, request.maxheight ?? EMBED_SIZE.height);
  const title = `${analyst.name}: track record on Hindsight`;
  const pagePath = sharePaths.analyst(analyst.slug);
  return {
    version: "1.0",
    type: "rich",
    provider_name: "Hindsight",
    provider_url: absolute(baseUrl, "/"),
    title,
    author_name: analyst.name,
    author_url: absolute(baseUrl, pagePath),
    html: embedIframe(absolute(baseUrl, sharePaths.embed(analyst.slug)), title, width, height),
    width,
    height,
    cache_age: CACHE_AGE_SECONDS,
    ...thumbnail(baseUrl, pagePath, request),
  };
}

/** A prediction: a link answer, titled with the claim, by its analyst, with the share card as thumbnail. */
export function predictionOEmbed(
  prediction: { id: string; claim: string; analyst: { slug: string; name: string } },
  baseUrl: string,
  request: OEmbedRequest,
): OEmbedResponse {
  return {
    version: "1.0",
    type: "link",
    provider_name: "Hindsight",
    provider_url: absolute(baseUrl, "/"),
    title: prediction.claim,
    author_name: prediction.analyst.name,
    author_url: absolute(baseUrl, sharePaths.analyst(prediction.analyst.slug)),
    cache_age: CACHE_AGE_SECONDS,
    ...thumbnail(baseUrl, sharePaths.prediction(prediction.id), request),
  };
}
