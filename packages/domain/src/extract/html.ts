import { convert } from "html-to-text";

/**
 * HTML to text with html-to-text: one line per block (paragraphs, headings, list items), no line
 * wrapping, links as their words only, images and scripts dropped. Headings keep their case.
 */

const HTML_SIGNS =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<\/(?:p|div|article|section|h[1-6]|li|span|a)>/i;

/** True when the input reads as markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  return HTML_SIGNS.test(input.slice(0, 5000));
}

const headings = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
  selector,
  options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 },
}));

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "table", format: "dataTable" },
      ...headings,
    ],
  });
}

/** `<meta name="author" content="...">`, `<meta property="article:author" content="...">`, either attribute order. */
const META_AUTHOR =
  /<meta\s+(?:[^>]*?\s)?(?:name|property)\s*=\s*["'](?:author|article:author|byl|sailthru\.author|parsely-author)["'][^>]*?>/gi;
const CONTENT = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
/** JSON-LD's `"author": {"@type": "Person", "name": "..."}` (or a list of them). */
const LD_AUTHOR = /"author"\s*:\s*(\[[^\]]*\]|\{[^}]*\})/g;
const LD_NAME = /"name"\s*:\s*"([^"]{2,80})"/g;

/** A person's name as pages write it in metadata: two to four words, letters only ("By" dropped). */
function asPersonName(value: string): string | null {
  const name = value
    .replace(/&amp;/g, "&")
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/^\s*by\s+/i, "")
    .trim()
    .replace(/\s+/g, " ");
  if (/^https?:|[@/]/.test(name)) return null;
  const words = name.split(" ");
  if (words.length < 2 || words.length > 4) return null;
  return words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word)) ? name : null;
}

/**
 * The authors a page's metadata names when its text carries no byline: `<meta name="author">`,
 * `article:author` and JSON-LD's Person authors. Organisations ("Reuters Staff" aside), addresses
 * and handles are left out; names in the order first met, each once.
 */
export function authorsInMetadata(html: string): string[] {
  const head = html.slice(0, 200_000);
  const names: string[] = [];
  const add = (value: string | undefined): void => {
    const name = value ? asPersonName(value) : null;
    if (name && !names.includes(name)) names.push(name);
  };
  for (const tag of head.matchAll(META_AUTHOR)) {
    const content = CONTENT.exec(tag[0]);
    for (const value of (content?.[1] ?? content?.[2] ?? "").split(/\s*(?:,|\band\b|;)\s*/)) add(value);
  }
  for (const author of head.matchAll(LD_AUTHOR)) {
    const block = author[1]!;
    if (/"@type"\s*:\s*"Organization"/i.test(block) && !/"@type"\s*:\s*"Person"/i.test(block)) continue;
    for (const name of block.matchAll(LD_NAME)) add(name[1]);
  }
  return names;
}
