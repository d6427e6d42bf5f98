import { parseDeadline } from "../deadline/parse";
import type { ExtractedDeadline } from "./types";

/**
 * Time phrases in a claim that set its deadline ("by 2027", "within six months", "by the end of the
 * year", "until Yoon leaves office in 2027", "next spring", "by mid-2027", "by the end of the second
 * quarter", "by Christmas", "by the mid-2030s"), read by the deadline parser relative to
 * the publication date. Only phrases pointing after the publication date count: "in 2017" in a
 * claim about the future is a comparison, not a deadline.
 */

const NUMBER =
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a few|several)";
const UNIT = "(?:days?|weeks?|fortnights?|months?|years?|decades?)";
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const SEASON = "(?:spring|summer|autumn|fall|winter)";
const YEAR = "(?:19|20)\\d{2}";
const BY = "(?:by|before|until|till|through|in|within|during|no later than|ahead of|in time for)";
const YEAR_PART = "(?:end\\s+of\\s+|end-|late\\s+|early\\s+|mid-?\\s?|(?:middle|start|beginning)\\s+of\\s+)";
const PERIOD_OF_YEAR = `(?:(?:first|second|third|fourth|final|last)\\s+(?:quarter|half)|Q[1-4]|H[12])`;

const PHRASES = new RegExp(
  [
    `\\b${BY}\\s+(?:the\\s+)?${YEAR_PART}?(?:${MONTH}\\s+)?${YEAR}\\b`,
    `\\b(?:within|in|over)\\s+(?:the\\s+)?(?:next|coming\\s+)?\\s*${NUMBER}\\s+${UNIT}\\b`,
    `\\b(?:within|in|over)\\s+the\\s+(?:next|coming)\\s+${UNIT}\\b`,
    `\\b(?:by|before|until)\\s+the\\s+end\\s+of\\s+(?:the|this|next)\\s+(?:year|month|decade|century|week|quarter)\\b`,
    // "by the end of the second quarter of 2027", "in H2", "by Q3 next year"
    `\\b${BY}\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?${PERIOD_OF_YEAR}(?:\\s+(?:of\\s+)?(?:${YEAR}|(?:this|next)\\s+year))?\\b`,
    // "by mid-June", "by the end of March 2026", "by early next year", "by mid-year"
    `\\b${BY}\\s+(?:the\\s+)?${YEAR_PART}(?:${MONTH}(?:,?\\s+${YEAR})?|(?:this|next)\\s+year|year)\\b`,
    `\\b(?:early|late|mid-)\\s?next\\s+year\\b`,
    `\\b${BY}\\s+(?:the\\s+)?(?:Christmas(?:\\s+Eve|\\s+Day)?|New\\s+Year(?:['’]s(?:\\s+Eve|\\s+Day)?)?|Thanksgiving|Halloween)(?:\\s+${YEAR})?\\b`,
    `\\b${BY}\\s+the\\s+(?:end\\s+of\\s+the\\s+)?(?:early\\s+|mid-?|late\\s+)?(?:19|20)\\d0s\\b`,
    `\\b(?:by|before|until|in|on)\\s+(?:next\\s+)?(?:${MONTH}|${SEASON})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?\\b`,
    // "by the summer", "by the autumn of 2026"
    `\\b(?:by|before|until|in|during)\\s+the\\s+(?:next\\s+)?${SEASON}(?:\\s+(?:of\\s+)?${YEAR})?\\b(?!\\s+of\\s+(?!${YEAR}))`,
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
