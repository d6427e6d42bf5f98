import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { safeNextPath } from "@/lib/safe-next";
import { currentActor } from "@/trpc/server";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next);
  // Already signed in (another tab, the back button): carry on where they were going.
  if (await currentActor()) redirect(next);

  return (
    <div className="mx-auto flex w-full max-w-sm flex-col gap-6 py-4 sm:py-10">
      <Card>
        <CardHeader>
          <h1 className="text-xl leading-tight font-semibold tracking-tight">Sign in to Hindsight</h1>
          <CardDescription>
            Reading is open to everyone. Editors sign in to log and judge predictions; admins to manage users.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm next={next} />
        </CardContent>
      </Card>
      <p className="px-2 text-center text-xs text-muted-foreground">
        No account? Accounts are created by an admin. The first admin is made on the server with{" "}
        <code className="whitespace-nowrap">pnpm hindsight user add</code>.
      </p>
    </div>
  );
}
