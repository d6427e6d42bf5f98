import { LoaderCircle } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * What stands where a form is loading (a `next/dynamic` form, fetched after the page is
 * interactive to keep its code out of the page's first load): says so to everyone, screen readers
 * included, and keeps roughly the form's height so the page does not jump when it arrives. There
 * is nothing to click or type into yet, so no click or keystroke can be lost to it.
 */
export function FormPlaceholder({ fields = 2 }: { /** How many field-sized bars to draw. */ fields?: number }) {
  return (
    <div role="status" aria-busy="true" className="flex flex-col gap-4" data-testid="form-placeholder">
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <LoaderCircle aria-hidden className="size-4 animate-spin" /> Loading the form…
      </p>
      {Array.from({ length: fields }, (_, index) => (
        <Skeleton key={index} className="h-9 w-full" />
      ))}
    </div>
  );
}

/**
 * The placeholder of a form that stands in a card of its own (a page's main form, an admin's
 * create form, an editor's panel). `sectionId` keeps the panel's anchor (`#judge`) on the page
 * while it loads, so that an address naming it still scrolls there.
 */
export function FormCardPlaceholder({
  title,
  fields = 3,
  sectionId,
}: {
  title?: string;
  fields?: number;
  sectionId?: string;
}) {
  const card = (
    <Card>
      {title ? (
        <CardHeader>
          <CardTitle>{title}</CardTitle>
        </CardHeader>
      ) : null}
      <CardContent>
        <FormPlaceholder fields={fields} />
      </CardContent>
    </Card>
  );
  return sectionId ? (
    <section id={sectionId} aria-label={title} className="scroll-mt-20">
      {card}
    </section>
  ) : (
    card
  );
}
