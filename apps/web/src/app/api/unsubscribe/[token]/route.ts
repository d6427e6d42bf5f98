import { createCaller, createContext, databaseFor } from "@hindsight/api";
import { TRPCError } from "@trpc/server";
import { env } from "@/env";

const text = (body: string, status: number) =>
  new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * Unsubscribing from the email digest, without signing in: the token in the link is the proof.
 * Two callers: a mail program's one-click unsubscribe (RFC 8058: a POST with the body
 * `List-Unsubscribe=One-Click` to the address in the List-Unsubscribe header), answered 200 in
 * plain text; and the form on /unsubscribe/<token>, sent back to that page, which says it is done.
 * A GET changes nothing (link scanners follow links): it goes to the page that asks first.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const fromPage = form?.get("from") === "page";
  const page = new URL(`/unsubscribe/${encodeURIComponent(token)}`, env.HINDSIGHT_BASE_URL);
  try {
    const caller = createCaller(createContext({ db: databaseFor(env.DATABASE_URL), siteUrl: env.HINDSIGHT_BASE_URL }));
    await caller.notification.unsubscribe({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      if (fromPage) return Response.redirect(page, 303);
      return text(
        "This unsubscribe link is not known: it may be mistyped or cut short.",
        error.code === "NOT_FOUND" ? 404 : 400,
      );
    }
    console.error("Unsubscribe failed:", error);
    return text("Unsubscribing failed just now; try again in a moment.", 503);
  }
  if (fromPage) {
    page.searchParams.set("done", "1");
    return Response.redirect(page, 303);
  }
  return text("Unsubscribed: no more Hindsight digests will be sent to this address.", 200);
}

export function GET(request: Request) {
  const { pathname } = new URL(request.url);
  return Response.redirect(new URL(pathname.replace(/^\/api/, ""), env.HINDSIGHT_BASE_URL), 303);
}
