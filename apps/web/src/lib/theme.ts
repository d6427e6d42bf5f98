/**
 * The colour theme a reader chose: follow the system, or always light, or always dark. Kept in a
 * cookie (per browser, a year) so that the server draws the page in it at once: the class on <html>
 * comes with the first byte, and no script has to run before the page shows (the pages' CSP allows
 * only nonce'd scripts, and a script that swaps the theme after paint would flash the wrong one).
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = "hindsight-theme";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The cookie's value as a theme; anything else (absent, tampered with) is "system". */
export function parseTheme(value: string | null | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

/** The class on <html> for a theme: none for "system", where the stylesheet follows prefers-color-scheme. */
export function themeClass(theme: Theme): string | undefined {
  return theme === "system" ? undefined : theme;
}

/** The Set-Cookie string document.cookie takes to remember `theme` in this browser. */
export function themeCookie(theme: Theme, secure: boolean): string {
  return `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure ? "; Secure" : ""}`;
}
