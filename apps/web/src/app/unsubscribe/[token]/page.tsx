import { unsubscribeInput } from "@hindsight/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}

/**
 * The page an email digest's unsubscribe link opens: no sign-in, one click to confirm (a form POST
 * to /api/unsubscribe/<token>, which comes back here with ?done=1). Opening it changes nothing, so
 * mail scanners that follow links do not unsubscribe anyone.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const { done } = await searchParams;
  const valid = unsubscribeInput.safeParse({ token });
  const digest = valid.success
    ? (await getQueryClient().fetchQuery(trpc.notification.unsubscribeState.queryOptions({ token }))).digest
    : null;

  return (
    <>
      <PageHeader title="Unsubscribe from the email digest" />
      <div className="flex max-w-prose flex-col gap-4" data-testid="unsubscribe">
        {digest === null ? (
          <Alert variant="warning">
            <p>
              This unsubscribe link is not known: it may be mistyped or cut short. Signed in, you can turn the digest
              off on the{" "}
              <Link href="/settings/notifications" className="font-medium underline-offset-4 hover:underline">
                notification settings
              </Link>
              .
            </p>
          </Alert>
        ) : done === "1" || digest === "OFF" ? (
          <Alert variant="info" role="status">
            <p>
              You are unsubscribed: no more Hindsight digests will be sent to you. To get them again, sign in and choose
              a digest on the{" "}
              <Link href="/settings/notifications" className="font-medium underline-offset-4 hover:underline">
                notification settings
              </Link>
              .
            </p>
          </Alert>
        ) : (
          <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="flex flex-col gap-4">
            <input type="hidden" name="from" value="page" />
            <p>
              Stop the {digest.toLowerCase()} email digest? Nothing else changes: what you follow stays, and you can
              choose a digest again after signing in.
            </p>
            <div>
              <button type="submit" className={buttonVariants()}>
                Unsubscribe
              </button>
            </div>
          </form>
        )}
      </div>
    </>
  );
}
