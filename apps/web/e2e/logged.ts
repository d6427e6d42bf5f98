import type { Page } from "playwright-core";

/**
 * After "Log prediction": the editor lands on the new prediction's page, which says it is logged and
 * offers to log another. Returns the page's path (without the `?logged=` that asked for the notice).
 */
export async function landOnLoggedPrediction(page: Page): Promise<string> {
  await page.waitForURL((url) => /^\/predictions\/(?!new$|from-article$)[^/]+$/.test(url.pathname));
  const notice = page.getByTestId("logged-notice");
  await notice.waitFor();
  return new URL(page.url()).pathname;
}
