import { Archive, CircleCheck, CircleHelp } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { isWebUrl } from "@/lib/utils";

/** The archived copy of an article, shown beside the link to the original. */
export function ArchivedCopyLink({ href }: { href: string | null }) {
  if (!isWebUrl(href)) return null;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex w-fit items-center gap-1 text-primary underline-offset-2 hover:underline"
      data-testid="archived-copy"
    >
      Archived copy <Archive aria-hidden className="size-3.5" />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}

/**
 * Whether the quote stands verbatim in the source's stored article text (after the normalisation of
 * quoteFoundVerbatim: NFC, curly quotes folded, white space collapsed). Nothing when there is no
 * stored text to check against. Said in words and with an icon, never by colour alone.
 */
export function QuoteVerbatimMark({ verbatim }: { verbatim: boolean | null }) {
  if (verbatim === null) return null;
  return verbatim ? (
    <Badge variant="success" className="w-fit" data-testid="quote-verbatim">
      <CircleCheck aria-hidden /> Quote found verbatim in the stored article text
    </Badge>
  ) : (
    <Badge variant="warning" className="w-fit" data-testid="quote-verbatim">
      <CircleHelp aria-hidden /> Quote not found verbatim in the stored article text
    </Badge>
  );
}
