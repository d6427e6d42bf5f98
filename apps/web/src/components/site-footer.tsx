import Link from "next/link";
import { ThemeSwitch } from "@/components/theme/theme-switch";

const links = [
  { href: "/export", label: "Export the ledger" },
  { href: "/import", label: "Import" },
  { href: "/docs/api", label: "REST API" },
] as const;

export function SiteFooter() {
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-xs text-muted-foreground sm:px-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <nav aria-label="Data" className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className="underline-offset-4 hover:text-foreground hover:underline"
              >
                {link.label}
              </Link>
            ))}
          </nav>
          <ThemeSwitch />
        </div>
        <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
          <p>Hindsight: a public ledger of predictions and how they turned out.</p>
          <p>Probabilities are fixed when a prediction is logged, never after the outcome is known.</p>
        </div>
      </div>
    </footer>
  );
}
