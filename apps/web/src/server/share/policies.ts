/**
 * The Content-Security-Policies of what Hindsight publishes for other sites, chosen by address in
 * src/proxy.ts (every other page keeps the page policy, which no site may frame).
 */

/**
 * The addresses another site may put in a frame: the embeds (an analyst's, /embed/analysts/<slug>),
 * and nothing else; any other address under /embed is a page not found, with the page policy.
 */
export const isEmbedPath = (pathname: string) => /^\/embed\/analysts\/[^/]+$/.test(pathname);

/** The badge: an SVG that may style itself and nothing else, and is never framed. */
export const IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** Whether the path is a badge (its own, image policy). */
export const isBadgePath = (pathname: string) => /^\/analysts\/[^/]+\/badge\.svg$/.test(pathname);

/**
 * An embed: plain HTML with its own inline styles, no script, images only from here, links that
 * open on Hindsight, and any site may frame it.
 */
export function embedPolicy(https: boolean): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors *",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The policy a path gets instead of the page policy, or null for a page. */
export function ownPolicy(pathname: string, https: boolean): string | null {
  if (isEmbedPath(pathname)) return embedPolicy(https);
  if (isBadgePath(pathname)) return IMAGE_POLICY;
  return null;
}
