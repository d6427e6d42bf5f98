/** A URL-safe identifier from a display name: "Tereza Novotna" -> "tereza-novotna". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * The one form of a tag, used to store, compare and filter: "Foreign policy", "foreign_policy" and
 * "FOREIGN  POLICY" are all "foreign-policy". Letters of any script are kept ("économie").
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Text as a search compares it: letters without their accents, in lower case, spaces collapsed.
 * "Novotná", "NOVOTNA" and " novotna " are all "novotna"; letters with no unaccented form ("ł",
 * "ß", any other script) are kept as they are.
 */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}
