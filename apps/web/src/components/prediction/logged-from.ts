/**
 * How the prediction on the page was just logged (the `?logged=` its page is opened with): by hand,
 * or as the one prediction found in an article. Apart from the notice, a client component, so that
 * the page (a server component) can read it.
 */
export type LoggedFrom = "form" | "article";

export const parseLoggedFrom = (value: string | string[] | undefined): LoggedFrom | null =>
  value === "form" || value === "article" ? value : null;
