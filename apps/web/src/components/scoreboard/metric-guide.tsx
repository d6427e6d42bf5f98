import { DEFAULT_MIN_SCORED, lookupHedge, SHRINKAGE_WEIGHT } from "@hindsight/domain";
import { MessageSquareWarning } from "lucide-react";
import { formatPercent } from "@/lib/format";

/** The lexicon's reading of "could", the example of a hedge word's range. */
const could = lookupHedge("could");

/**
 * What each figure of the scoreboard means, in plain words, why the ranking uses the adjusted
 * score, and what the fair comparison adds. Exact definitions: docs/design.md, "Scoring" and "Fair
 * comparison (contract v1.1)".
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

      <h3 id="fair-comparison-guide" className="mt-8 mb-2 scroll-mt-24 font-semibold">
        Fair comparison
      </h3>
      <p className="mb-4 text-sm text-muted-foreground">
        Pundits forecast different things, so a plain Brier table rewards whoever forecasts the obvious. These three
        columns compare like with like. They use the predictions in the filter judged true, false or partly true, and
        they give each analyst <strong className="font-medium text-foreground">one vote per question</strong>: when
        someone forecast the same question several times, only their latest forecast counts, so repeating a call does
        not count it twice.
      </p>
      <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_1fr] sm:gap-x-6">
        <dt className="font-medium">vs reference</dt>
        <dd className="text-muted-foreground">
          Compared with the reference forecast: what a market, a crowd of forecasters or a base rate said about the same
          question on or before the day the analyst spoke. 1 minus the analyst’s squared errors divided by the
          reference’s, added up over those predictions. Above 0 is better than the reference (+0.200: a fifth less
          error), 0 is as good, below 0 is worse: higher is better. n counts the analyst’s predictions that had a
          reference; the others do not count here.
        </dd>
        <dt className="font-medium">vs peers</dt>
        <dd className="text-muted-foreground">
          On each question that other analysts forecast too, the analyst’s squared error minus the median of the others’
          on that same question, averaged over those questions. Below 0 is more accurate than the typical peer on the
          same events, above 0 less: lower is better. n counts the shared questions.
        </dd>
        <dt className="font-medium">Rank range</dt>
        <dd className="text-muted-foreground">
          Pundits often speak in words, and Hindsight reads a hedge word as a probability with a range
          {could ? (
            <>
              {" "}
              (“could” is {formatPercent(could.probability)}, anywhere from {formatPercent(could.interval[0])} to{" "}
              {formatPercent(could.interval[1])})
            </>
          ) : null}
          . The ranking is worked out again with every such probability at the low end of its range, and again at the
          high end. One number: the rank is the same either way. A range such as 2–3, marked{" "}
          <MessageSquareWarning aria-hidden className="inline size-3.5 align-[-2px] text-warning" />
          <span className="sr-only">with a warning speech bubble</span>, depends on how hedge words are read: the order
          of those analysts is not settled by what they said. “low” and “high” in the header sort by either reading.
        </dd>
      </dl>
      <h4 className="mt-6 mb-2 text-sm font-semibold">How n matters</h4>
      <p className="text-sm text-muted-foreground">
        Unlike the adjusted Brier, these figures are not pulled towards the average: one bold call that beat the market
        can make “vs reference” large when n is 1. Read each figure with its n, and trust it more as n grows. Analysts
        with n of 0 show a dash: nothing to compare yet.
      </p>
      <h4 className="mt-6 mb-2 text-sm font-semibold">
        Why a near-certain forecaster can top a plain Brier table, but not these
      </h4>
      <p className="text-sm text-muted-foreground">
        Someone who only forecasts what everyone expects (“the sun will rise”, 95%) makes almost no error, so their
        Brier score is close to 0 and can beat a careful forecaster of genuinely uncertain events. These columns take
        that advantage away. Against the reference, an easy call earns nothing: the market or the base rate said 95% as
        well, so the reference made as little error. Against peers, only questions that others forecast too count, and
        there each error is set against the others’ on the very same event. Only being more right than the reference, or
        than the others, moves these figures.
      </p>
    </section>
  );
}
