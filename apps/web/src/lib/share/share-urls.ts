/**
 * The addresses of what Hindsight publishes for sharing, relative to the site's root: the pages,
 * their share cards (PNG), the analyst's embed and badge, and the oEmbed endpoint. One place, so
 * that the pages' tags, the routes and oEmbed agree.
 */
const segment = encodeURIComponent;

export const sharePaths = {
  prediction: (id: string) => `/predictions/${segment(id)}`,
  analyst: (slug: string) => `/analysts/${segment(slug)}`,
  question: (key: string) => `/questions/${segment(key)}`,
  scoreboard: () => "/scoreboard",
  /** The share card of a page: its path with /card.png. */
  card: (pagePath: string) => `${pagePath === "/" ? "" : pagePath}/card.png`,
  badge: (slug: string) => `/analysts/${segment(slug)}/badge.svg`,
  embed: (slug: string) => `/embed/analysts/${segment(slug)}`,
  oembed: (pageUrl: string) => `/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`,
};

/** The share cards' size: the 1.91:1 that Open Graph and X's large summary card show uncropped. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** `path` on the site at `baseUrl` (HINDSIGHT_BASE_URL, without a trailing slash). */
export const absolute = (baseUrl: string, path: string) => `${baseUrl}${path}`;
