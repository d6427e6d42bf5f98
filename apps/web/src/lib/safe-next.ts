/**
 * Where to go after signing in: the `next` parameter when it is a path on this site, else the home
 * page. Anything that could leave the site ("//evil.example", "https://...", "/\\evil") is refused,
 * so that a crafted sign-in link cannot send someone elsewhere.
 */
export function safeNextPath(next: string | string[] | null | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//")) return "/";
  if (value.includes("\\") || [...value].some((character) => character.charCodeAt(0) < 0x20)) return "/";
  return value;
}

/** The sign-in page's address, coming back to `path` afterwards. */
export const signInPath = (path: string): string =>
  path === "/" || !path.startsWith("/") ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`;
