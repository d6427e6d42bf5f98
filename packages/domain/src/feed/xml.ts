/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: the C0 controls other than tab,
 * newline and carriage return, lone surrogates, and U+FFFE and U+FFFF
 * (https://www.w3.org/TR/xml/#charsets). A reader's XML parser stops at the first one, so they are
 * replaced by U+FFFD, which shows that something unreadable was there.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an XML element or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD").replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** An element with attributes (values escaped) and already-serialised children or escaped text. */
export function element(name: string, attributes: Record<string, string | undefined>, body?: string): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return body === undefined ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${body}</${name}>`;
}

/** An element holding only text. */
export const textElement = (name: string, text: string, attributes: Record<string, string | undefined> = {}): string =>
  element(name, attributes, escapeXml(text));
