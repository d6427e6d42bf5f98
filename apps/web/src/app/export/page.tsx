import { Braces, Download, FileSpreadsheet, LogIn, Upload } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { signInPath } from "@/lib/safe-next";
import { currentActor } from "@/trpc/server";

export const metadata: Metadata = { title: "Import and export" };

function FormatCard({
  icon,
  title,
  href,
  label,
  children,
}: {
  icon: ReactNode;
  title: string;
  href: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <Card className="flex flex-col">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {icon}
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex-1 text-sm text-muted-foreground">{children}</CardContent>
      <CardFooter>
        {/* A plain link: the browser downloads the file (the route answers with an attachment). */}
        <a href={href} download className={buttonVariants()}>
          <Download aria-hidden /> {label}
        </a>
      </CardFooter>
    </Card>
  );
}

/** Downloads for everyone; the way to the upload for editors (and how to become one for the others). */
export default async function ExportPage() {
  await connection();
  const actor = await currentActor();
  const canImport = actor?.role === "EDITOR" || actor?.role === "ADMIN";
  return (
    <>
      <PageHeader
        title="Import and export"
        description="The whole ledger as a file: to keep a copy, to work on it in a spreadsheet, or to move it to another Hindsight."
      />
      <div className="grid gap-6 md:grid-cols-2">
        <FormatCard
          icon={<Braces aria-hidden className="size-4 text-primary" />}
          title="JSON (hindsight/v1)"
          href="/export/ledger.json"
          label="Download JSON"
        >
          <p>
            Everything a ledger file holds: analysts, sources with their article texts and bylines, and every prediction
            with its latest judgement. The same ledger always gives the same file, so two exports can be compared line
            by line.
          </p>
        </FormatCard>
        <FormatCard
          icon={<FileSpreadsheet aria-hidden className="size-4 text-primary" />}
          title="CSV"
          href="/export/ledger.csv"
          label="Download CSV"
        >
          <p>
            One prediction a row, its analyst, source and latest judgement in columns, for a spreadsheet. Tags are
            separated by semicolons and evidence links by spaces. Article texts are left out: use JSON for a complete
            copy.
          </p>
        </FormatCard>
      </div>
      <Card className="mt-6">
        <CardContent className="flex flex-col items-start gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
          <p className="text-muted-foreground">
            {canImport
              ? "Bring predictions in from a JSON or CSV file: an export edited in a spreadsheet, or another ledger."
              : actor
                ? "Importing files needs the editor role; ask an admin for it."
                : "Editors can import JSON or CSV files. Sign in to import."}
          </p>
          {canImport ? (
            <Link href="/import" className={buttonVariants({ variant: "outline" })}>
              <Upload aria-hidden /> Import a file
            </Link>
          ) : actor ? null : (
            <Link href={signInPath("/import")} className={buttonVariants({ variant: "outline" })}>
              <LogIn aria-hidden /> Sign in to import
            </Link>
          )}
        </CardContent>
      </Card>
    </>
  );
}
