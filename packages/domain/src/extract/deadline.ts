import { parseDeadline } from "../deadline/parse";
import type { ExtractedDeadline } from "./types";

/**
 * Time phrases in a claim that set its deadline ("by 2027", "within six months", "by the end of the
 * year", "until Yoon leaves office in 2027", "next spring"), read by the deadline parser relative to
 * the publication date. Only phrases pointing after the publication date count: "in 2017" in a
 * claim about the future is a comparison, not a deadline.
 */

const NUMBER =
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a few|several)";
const UNIT = "(?:days?|weeks?|months?|years?|decades?)";
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const SEASON = "(?:spring|summer|autumn|fall|winter)";
const YEAR = "(?:19|20)\\d{2}";

const PHRASES = new RegExp(
  [
    `\\b(?:by|before|until|till|through|in|within|no later than|ahead of)\\s+(?:the\\s+)?(?:end\\s+of\\s+|end-|late\\s+|early\\s+|mid-?)?(?:${MONTH}\\s+)?${YEAR}\\b`,
    `\\b(?:within|in|over)\\s+(?:the\\s+)?(?:next|coming\\s+)?\\s*${NUMBER}\\s+${UNIT}\\b`,
    `\\b(?:within|in|over)\\s+the\\s+(?:next|coming)\\s+${UNIT}\\b`,
    `\\b(?:by|before|until)\\s+the\\s+end\\s+of\\s+(?:the|this|next)\\s+(?:year|month|decade|week|quarter)\\b`,
    `\\b(?:by|before|until|in|on)\\s+(?:next\\s+)?(?:${MONTH}|${SEASON})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?\\b`,
    `\\b(?:next|this)\\s+(?:year|month|week|${SEASON})\\b`,
  ].join("|"),
  "gi",
);

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The first time phrase in the words that gives a date after the publication date, or null. */
export function findDeadline(words: string, publishedAt: Date | undefined): ExtractedDeadline | null {
  if (!publishedAt) return null;
  for (const match of words.matchAll(PHRASES)) {
    // "May" alone is far more often the modal than the month.
    if (/^(?:by|before|until|in)\s+may$/i.test(match[0])) continue;
    const parsed = parseDeadline(match[0], { reference: publishedAt });
    if (!parsed.ok || parsed.date.getTime() <= publishedAt.getTime()) continue;
    return { date: isoDate(parsed.date), text: match[0], explanation: parsed.explanation };
  }
  return null;
}
