import { DEFAULT_MIN_SCORED, SHRINKAGE_WEIGHT } from "@hindsight/domain";

/**
 * What each figure of the scoreboard means, in plain words, and why the ranking uses the adjusted
 * score. Exact definitions: docs/design.md, "Scoring".
 */
export function MetricGuide() {
  return (
    <section aria-labelledby="metric-guide-heading" className="mt-10 max-w-3xl" data-testid="metric-guide">
      <h2 id="metric-guide-heading" className="mb-4 text-lg font-semibold">
        What the figures mean
      </h2>
      <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_1fr] sm:gap-x-6">
        <dt className="font-medium">n</dt>
        <dd className="text-muted-foreground">
          Scored predictions: those judged true, false or partly true. Ambiguous, annulled and open predictions are
          counted (“of 12”) but not scored.
        </dd>
        <dt className="font-medium">Brier</dt>
        <dd className="text-muted-foreground">
          The average squared gap between the probability given and what happened (1 if it came true, 0 if not). 0 is
          perfect, 0.250 is what always saying 50% earns, 1 is always certain and always wrong. Lower is better.
        </dd>
        <dt className="font-medium">95% interval</dt>
        <dd className="text-muted-foreground">
          The range the Brier score would probably fall in with other questions of the same kind. With few scored
          predictions it is wide: the score could be luck.
        </dd>
        <dt className="font-medium">Log loss</dt>
        <dd className="text-muted-foreground">
          Like Brier, but confident misses cost far more: saying 99% for something that did not happen is punished hard
          (probabilities are held between 1% and 99%). 0.693 is what always saying 50% earns. Lower is better.
        </dd>
        <dt className="font-medium">Hit rate</dt>
        <dd className="text-muted-foreground">
          The share of predictions on the right side of 50%: above 50% for what happened, below for what did not. A
          forecast of exactly 50% counts as half a hit.
        </dd>
        <dt className="font-medium">Adjusted Brier</dt>
        <dd className="text-muted-foreground">
          The Brier score pulled towards the Brier of everyone in the filter, as if each analyst had also made{" "}
          {SHRINKAGE_WEIGHT} average predictions. An analyst with 3 scored predictions is pulled most of the way towards
          the average, one with 100 hardly at all.
        </dd>
      </dl>
      <h3 className="mt-6 mb-2 font-semibold">Why the ranking uses the adjusted score</h3>
      <p className="text-sm text-muted-foreground">
        A single lucky call has a perfect Brier score. Ranking by the raw score would put whoever made one confident
        correct prediction at the top. Adjusting towards the average (a weight of {SHRINKAGE_WEIGHT}) means an analyst
        only moves far from the middle of the table with many good forecasts. Analysts with fewer than{" "}
        {DEFAULT_MIN_SCORED} scored predictions (or the minimum chosen above) are listed, but not ranked.
      </p>
    </section>
  );
}
