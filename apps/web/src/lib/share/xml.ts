/** Text or an attribute value made safe inside XML and HTML: the five special characters as references. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
