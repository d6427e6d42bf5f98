export function SiteFooter() {
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-6 text-xs text-muted-foreground sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>Hindsight: a public ledger of predictions and how they turned out.</p>
        <p>Probabilities are fixed when a prediction is logged, never after the outcome is known.</p>
      </div>
    </footer>
  );
}
