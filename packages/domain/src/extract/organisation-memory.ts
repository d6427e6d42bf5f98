import { DOCUMENT_HEADS, isOrganisation, ORGANISATION_HEADS, STAFF } from "./organisations";

/**
 * The organisations remembered while attributing: the head noun of a reference back ("the bank",
 * "the report"), a name without the country before it, and the most recent few names kept in order.
 */

/**
 * The head noun of a reference back ("the investment bank" -> "bank", "the 1,000-page report" ->
 * "report"), when it is an organisation's or a document's.
 */
export function referenceHead(reference: string): string | null {
  const words = reference.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? "";
  return ORGANISATION_HEADS.has(head) || DOCUMENT_HEADS.has(head) || STAFF.has(head) ? head : null;
}

/** How many organisations a reference back may reach: a long page must not make each look-up slower. */
const REMEMBERED_ORGANISATIONS = 32;

/**
 * "the U.S. Securities Industry and Financial Markets Association": a country before an
 * organisation's name is a description, not part of the name ("Federal Reserve", not "U.S. Federal
 * Reserve"), so that its abbreviation and later references match it.
 */
export function withoutCountry(name: string, organisation: boolean): string {
  if (!organisation && !isOrganisation(name)) return name;
  return name.replace(/^(?:U\.S\.|US|U\.K\.|UK)\s+(?=\p{Lu})/u, "");
}

/** Adds the names to the end of the list, each once, keeping the most recent few. */
export function remember(organisations: string[], names: readonly string[]): void {
  for (const name of names) {
    const at = organisations.indexOf(name);
    if (at >= 0) organisations.splice(at, 1);
    organisations.push(name);
  }
  if (organisations.length > REMEMBERED_ORGANISATIONS) {
    organisations.splice(0, organisations.length - REMEMBERED_ORGANISATIONS);
  }
}
