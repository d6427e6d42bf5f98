import type { Line } from "./tokens";

/**
 * Quotations in the prose: where each begins and ends, across sentences and paragraphs. Journalism
 * leaves a quotation that runs on into the next paragraph unclosed and opens that paragraph with a
 * quotation mark again; a straight double quote toggles, curly ones open (“) and close (”).
 */

export interface Quotation {
  start: number;
  end: number;
}

const OPENING = "“";
const CLOSING = "”";
const STRAIGHT = '"';

/** The quotations of consecutive lines (one part of a page), in order. */
export function findQuotations(lines: readonly Line[], text: string): Quotation[] {
  const found: Quotation[] = [];
  let openAt = -1;
  for (const [index, line] of lines.entries()) {
    const body = text.slice(line.start, line.end);
    let from = 0;
    // A paragraph that carries a quotation on opens with the mark again: it continues, not closes.
    if (openAt >= 0) {
      const lead = /^\s*/.exec(body)?.[0].length ?? 0;
      if (body[lead] === OPENING || body[lead] === STRAIGHT) from = lead + 1;
    }
    for (let at = from; at < body.length; at += 1) {
      const mark = body[at];
      if (mark === OPENING && openAt < 0) openAt = line.start + at;
      else if (mark === CLOSING && openAt >= 0) {
        found.push({ start: openAt, end: line.start + at + 1 });
        openAt = -1;
      } else if (mark === STRAIGHT) {
        if (openAt < 0) openAt = line.start + at;
        else {
          found.push({ start: openAt, end: line.start + at + 1 });
          openAt = -1;
        }
      }
    }
    if (openAt < 0) continue;
    const next = lines[index + 1];
    const nextBody = next ? text.slice(next.start, next.end).trimStart() : "";
    if (!next || (nextBody[0] !== OPENING && nextBody[0] !== STRAIGHT)) {
      found.push({ start: openAt, end: line.end });
      openAt = -1;
    }
  }
  return found;
}
