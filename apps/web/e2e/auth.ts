import { randomInt } from "node:crypto";
import type { AppRouter } from "@hindsight/api";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import type { BrowserContext, Page } from "playwright-core";
import superjson from "superjson";
import type { TestUser } from "./global-setup";

/**
 * An address of its own for a browser context. Sign-in is rate-limited per client address (5 tries a
 * minute), and every test's browser connects from 127.0.0.1: without this, one test's failed
 * attempts would lock the next test out. The test app trusts one proxy (HINDSIGHT_TRUSTED_PROXIES=1,
 * global-setup.ts), so the address a test puts in X-Forwarded-For is its client's.
 */
export async function useOwnAddress(context: BrowserContext): Promise<string> {
  // 65,000 addresses of the benchmarking range 198.18.0.0/15: two contexts practically never share one.
  const address = `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  await context.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

/** Signs in through the sign-in page, as a person would, and waits for the header to show who. */
export async function signIn(page: Page, baseUrl: string, user: TestUser, next = "/"): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  await accountButton(page).waitFor();
}

/** The header's account button (who is signed in, with their role), which opens the account menu. */
export const accountButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: /^Account:/ });

/** Signs out through the account menu, as a person would. */
export async function signOut(page: Page): Promise<void> {
  await accountButton(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
}

/**
 * Signs a browser context in without the page (for tests about something else): the context's
 * request client shares its cookie jar, so the session cookie lands where the pages will send it.
 */
export async function signInQuietly(context: BrowserContext, baseUrl: string, user: TestUser): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-in/email`, {
    data: { email: user.email, password: user.password },
    headers: { origin: baseUrl },
  });
  if (!response.ok())
    throw new Error(`sign-in as ${user.email} failed: HTTP ${response.status()} ${await response.text()}`);
}

/**
 * A tRPC client that calls as whoever the context is signed in as now (it sends the context's
 * session cookie, with the origin sign-in checks): for writing test data through the real API.
 */
export async function apiAs(context: BrowserContext, baseUrl: string): Promise<TRPCClient<AppRouter>> {
  const cookie = (await context.cookies(baseUrl)).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: { cookie, origin: baseUrl } })],
  });
}
