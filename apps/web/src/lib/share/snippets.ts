import { EMBED_SIZE, embedIframe } from "./oembed";
import { absolute, sharePaths } from "./share-urls";
import { escapeXml } from "./xml";

export interface Snippet {
  id: string;
  label: string;
  /** What its copy button says. */
  copy: string;
  text: string;
}

/** Square brackets and backslashes escaped, so a name cannot end a Markdown image's alt text early. */
const markdownText = (text: string) => text.replace(/[\\[\]]/g, (character) => `\\${character}`);

/**
 * What another site pastes to show an analyst's record: the embed in an iframe, and the badge
 * linked to their page as Markdown and as HTML. Addresses absolute, every text escaped for its syntax.
 */
export function analystSnippets(baseUrl: string, analyst: { slug: string; name: string }): Snippet[] {
  const page = absolute(baseUrl, sharePaths.analyst(analyst.slug));
  const badge = absolute(baseUrl, sharePaths.badge(analyst.slug));
  const alt = `${analyst.name}: track record on Hindsight`;
  return [
    {
      id: "embed-html",
      label: "Embed (HTML)",
      copy: "Copy the embed",
      text: embedIframe(absolute(baseUrl, sharePaths.embed(analyst.slug)), alt, EMBED_SIZE.width, EMBED_SIZE.height),
    },
    {
      id: "badge-markdown",
      label: "Badge (Markdown)",
      copy: "Copy the Markdown badge",
      text: `[![${markdownText(alt)}](${badge})](${page})`,
    },
    {
      id: "badge-html",
      label: "Badge (HTML)",
      copy: "Copy the HTML badge",
      text: `<a href="${escapeXml(page)}"><img src="${escapeXml(badge)}" alt="${escapeXml(alt)}"></a>`,
    },
  ];
}
