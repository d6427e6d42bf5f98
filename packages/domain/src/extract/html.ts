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
