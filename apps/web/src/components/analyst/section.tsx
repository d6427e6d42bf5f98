import type { ReactNode } from "react";

/** A section of the analyst page: a heading, an optional introduction in plain words, its content. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10" data-testid={id}>
      <h2 id={`${id}-heading`} className="mb-1.5 text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="mb-4 max-w-2xl text-sm text-muted-foreground">{intro}</p> : <div className="mb-4" />}
      {children}
    </section>
  );
}
