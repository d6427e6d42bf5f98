import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";

/** The 403 shown instead of a page the signed-in user's role does not open: which role, why, and a way on. */
export function ForbiddenNotice({
  title,
  children,
  back,
}: {
  title: string;
  /** The explanation under the title. */
  children: ReactNode;
  back: { href: string; label: string };
}) {
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <ShieldAlert aria-hidden className="size-10 text-warning" />
      <p className="text-sm font-medium text-muted-foreground">403</p>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">{children}</p>
      <Link href={back.href} className={buttonVariants({ variant: "outline" })}>
        {back.label}
      </Link>
    </div>
  );
}
