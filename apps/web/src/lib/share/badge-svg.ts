import { formatScore, formatScoreInterval } from "@/lib/score-format";
import { NOT_ENOUGH, figureSentence, type TrackRecordFigure } from "./track-record";
import { escapeXml } from "./xml";

export interface BadgeFacts {
  name: string;
  figure: TrackRecordFigure;
}

/** The badge's right-hand text: "Brier 0.183 (0.120–0.250) n=12", or "not enough judged predictions (n=3)". */
export function badgeValue(figure: TrackRecordFigure): string {
  if (figure.kind === "too-few") return `${NOT_ENOUGH} (n=${figure.n})`;
  const interval = figure.interval ? ` (${formatScoreInterval(figure.interval)})` : "";
  return `Brier ${formatScore(figure.brier)}${interval} n=${figure.n}`;
}

export const BADGE_LABEL = "Hindsight";

/**
 * A width for text in the badge's 11 px sans-serif, generous enough for Verdana (the widest of the
 * usual faces): the text is then fitted to it exactly with textLength, whatever font the viewer has.
 */
const textWidth = (text: string) => Math.ceil(Array.from(text).length * 7) + 10;

/**
 * The analyst's badge, in the usual two-part style: "Hindsight" and their Brier score with its 95%
 * interval and n, or that there are not enough judged predictions. Every text is escaped (a name
 * is whatever an editor typed); the name is in the title and label, for screen readers and tooltips.
 * No script, no external reference: the SVG is safe to open and to put in an <img>.
 */
export function badgeSvg({ name, figure }: BadgeFacts): string {
  const value = badgeValue(figure);
  const label = `${name}: ${figureSentence(figure)} on Hindsight`;
  const left = textWidth(BADGE_LABEL);
  const right = textWidth(value);
  const width = left + right;
  const color = figure.kind === "scored" ? "#2f5bd3" : "#6b7280";
  const text = (x: number, content: string, length: number) =>
    `<text x="${x}" y="14" textLength="${length}" lengthAdjust="spacingAndGlyphs">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<rect width="${left}" height="20" rx="3" fill="#374151"/>`,
    `<rect x="${left}" width="${right}" height="20" rx="3" fill="${color}"/>`,
    `<rect x="${left}" width="4" height="20" fill="${color}"/>`,
    `<g fill="#ffffff" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">`,
    text(5, BADGE_LABEL, left - 10),
    text(left + 5, value, right - 10),
    `</g>`,
    `</svg>`,
    "",
  ].join("\n");
}
