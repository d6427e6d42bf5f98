/**
 * Citations of a prediction (the prediction page's "Cite"): a plain-text reference and a
 * BibTeX-style @misc entry, both with the permalink and the day the reader accessed it. Pure: the
 * day comes in as `accessed`.
 */
export interface CitablePrediction {
  id: string;
  claim: string;
  analystName: string;
  madeAt: Date;
  source: { title: string; outlet: string | null; publishedAt: Date } | null;
  /** The prediction's address, as the reader opened it. */
  permalink: string;
  accessed: Date;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** YYYY-MM-DD of a calendar date stored as UTC midnight. */
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** YYYY-MM-DD as the reader's own calendar says it (the day they accessed the page). */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(date.getFullYear()).padStart(4, "0")}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Tereza Novotná (2025, 25 April). “The talks …” [Prediction]. In … Hindsight. https://… (accessed 2026-12-05)." */
export function plainCitation(prediction: CitablePrediction): string {
  const made = prediction.madeAt;
  const day = made.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
  const source = prediction.source
    ? ` Said in “${prediction.source.title}”${prediction.source.outlet ? `, ${prediction.source.outlet}` : ""}, ${isoDay(prediction.source.publishedAt)}.`
    : "";
  return (
    `${prediction.analystName} (${made.getUTCFullYear()}, ${day}). “${prediction.claim}” [Prediction].${source} ` +
    `Hindsight. ${prediction.permalink} (accessed ${localDay(prediction.accessed)}).`
  );
}

const LATEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text safe inside a BibTeX field's braces: LaTeX's special characters escaped, line breaks as spaces. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\{}&%$#_~^]/g, (character) => LATEX_SPECIALS[character]!);
}

/**
 * A URL inside \url{…} in a BibTeX field: braces and backslashes percent-encoded (they would end or
 * break the field), then % and # escaped, which \url cannot read verbatim inside another argument.
 */
export function escapeBibtexUrl(url: string): string {
  return url
    .replace(/[{}\\\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
    .replace(/[%#]/g, (character) => `\\${character}`);
}

/**
 * A BibTeX @misc entry. The author is braced whole, so a name is never split at "and" or a comma;
 * the key is hindsight-<id> with anything but letters, digits and "-" left out.
 */
export function bibtexCitation(prediction: CitablePrediction): string {
  const key = `hindsight-${prediction.id.replace(/[^A-Za-z0-9-]/g, "")}`;
  const made = prediction.madeAt;
  const source = prediction.source
    ? `Said in ${escapeBibtex(`“${prediction.source.title}”`)}${prediction.source.outlet ? `, ${escapeBibtex(prediction.source.outlet)}` : ""}, ${isoDay(prediction.source.publishedAt)}. `
    : "";
  const url = escapeBibtexUrl(prediction.permalink);
  const accessed = localDay(prediction.accessed);
  return [
    `@misc{${key},`,
    `  author = {{${escapeBibtex(prediction.analystName)}}},`,
    `  title = {${escapeBibtex(prediction.claim)}},`,
    `  year = {${made.getUTCFullYear()}},`,
    `  month = ${MONTHS[made.getUTCMonth()]},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {Prediction recorded in Hindsight. ${source}Accessed ${accessed}},`,
    `  urldate = {${accessed}}`,
    `}`,
  ].join("\n");
}
