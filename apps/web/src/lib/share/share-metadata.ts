import type { Metadata } from "next";
import { absolute, CARD_SIZE, sharePaths } from "./share-urls";

export interface ShareFacts {
  /** HINDSIGHT_BASE_URL: the tags carry absolute addresses, as crawlers need. */
  baseUrl: string;
  /** The page's path (sharePaths). */
  path: string;
  title: string;
  description: string;
  /** What the share card shows, in words (its alt text). */
  imageAlt: string;
  type?: "website" | "article" | "profile";
}

/**
 * Open Graph and X (Twitter) tags of a shared page: title, description, canonical address, and the
 * page's share card (its /card.png route) with its size, type and alt text, as a large summary card.
 */
export function shareMetadata(facts: ShareFacts): Pick<Metadata, "openGraph" | "twitter"> {
  const url = absolute(facts.baseUrl, facts.path);
  const image = {
    url: absolute(facts.baseUrl, sharePaths.card(facts.path)),
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    type: "image/png",
    alt: facts.imageAlt,
  };
  return {
    openGraph: {
      type: facts.type ?? "website",
      siteName: "Hindsight",
      title: facts.title,
      description: facts.description,
      url,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: facts.title,
      description: facts.description,
      images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
    },
  };
}

/** The oEmbed discovery link of a page (for `alternates.types`): its JSON endpoint, for this page. */
export function oembedDiscovery(baseUrl: string, path: string): Record<string, string> {
  return { "application/json+oembed": absolute(baseUrl, sharePaths.oembed(absolute(baseUrl, path))) };
}
