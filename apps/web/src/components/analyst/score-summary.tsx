import type { ReactNode } from "react";
import { formatPercent } from "@/lib/format";
import { formatRate, formatScore, formatScoreInterval } from "@/lib/score-format";

export interface ScoreSummaryView {
  scored: number;
  brier: number | null;
  brierInterval: readonly [number, number] | null;
  logLoss: number | null;
  hitRate: number | null;
  skill: number | null;
  murphy: {
    reliability: number;
    resolution: number;
    uncertainty: number;
    /** The mean of o(1 − o): 0 unless a PARTIAL outcome is scored. */
    partialCredit: number;
    baseRate: number;
  } | null;
}

/** A score with its label, a detail line (an interval) and a one-line explanation in plain words; inside a <dl>. */
export function Figure({
  label,
  value,
  detail,
  testId,
  children,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1 rounded-xl border bg-card px-4 py-3 shadow-xs" data-testid={testId}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-2xl leading-none font-semibold tabular-nums">{value}</dd>
      {detail ? <dd className="text-xs text-muted-foreground tabular-nums">{detail}</dd> : null}
      <dd className="mt-1 text-xs leading-snug text-muted-foreground">{children}</dd>
    </div>
  );
}

/**
 * Murphy's identity with the analyst's own figures, so a reader can check that they add up; with a
 * PARTIAL outcome scored, the partial-credit term that closes it, and why it is there.
 */
export function MurphyIdentity({ brier, murphy }: { brier: number; murphy: NonNullable<ScoreSummaryView["murphy"]> }) {
  const withPartial = murphy.partialCredit > 0;
  return (
    <p className="mt-3 max-w-3xl text-sm text-muted-foreground" data-testid="murphy-identity">
      <span className="font-medium text-foreground tabular-nums">
        {`Brier ${formatScore(brier)} = reliability ${formatScore(murphy.reliability)} − resolution ${formatScore(murphy.resolution)} + uncertainty ${formatScore(murphy.uncertainty)}${withPartial ? ` − partial credit ${formatScore(murphy.partialCredit)}` : ""}`}
      </span>
      {withPartial
        ? " (each rounded to three places). The last term is there because some outcomes were judged partly true: uncertainty, ō(1 − ō), is how spread out outcomes of 0 and 1 are, and an outcome between them (a credit of 0.5, say) is less spread out than that. The partial-credit term, the mean of o(1 − o) over the scored predictions, is the difference, and without it the first three figures would not add up to the Brier score."
        : " (each rounded to three places): every outcome is true or false, so the three figures add up to the Brier score."}
    </p>
  );
}

/**
 * The analyst's scores over all their scored predictions: Brier with its 95% interval, log loss,
 * hit rate, skill against their own base rate, and Murphy's decomposition of the Brier score.
 */
export function ScoreSummary({ scores }: { scores: ScoreSummaryView }) {
  const { murphy } = scores;
  const baseRate = murphy ? formatPercent(murphy.baseRate) : null;
  return (
    <>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Scores">
        <Figure
          label="Brier score"
          value={formatScore(scores.brier)}
          detail={scores.brierInterval ? `95% interval ${formatScoreInterval(scores.brierInterval)}` : undefined}
          testId="score-brier"
        >
          Average squared gap between forecast and outcome: 0 is perfect, 0.250 is always saying 50%.
        </Figure>
        <Figure label="Log loss" value={formatScore(scores.logLoss)} testId="score-log-loss">
          Like Brier, but confident misses cost far more; 0.693 is always saying 50%.
        </Figure>
        <Figure label="Hit rate" value={formatRate(scores.hitRate)} testId="score-hit-rate">
          Forecasts on the right side of 50% (exactly 50% counts half).
        </Figure>
        <Figure label="Skill score" value={formatScore(scores.skill)} testId="score-skill">
          {baseRate
            ? `Against always forecasting their own base rate (${baseRate} came true): 1 is perfect, 0 no better, below 0 worse.`
            : "Against always forecasting their own base rate: 1 is perfect, 0 no better, below 0 worse."}
        </Figure>
        <Figure label="Reliability" value={formatScore(murphy?.reliability)} testId="score-reliability">
          How far forecasts sit from how often such forecasts came true: 0 is perfectly calibrated, lower is better.
        </Figure>
        <Figure label="Resolution" value={formatScore(murphy?.resolution)} testId="score-resolution">
          How well forecasts told what would happen from what would not, beyond the base rate: higher is better.
        </Figure>
        <Figure label="Uncertainty" value={formatScore(murphy?.uncertainty)} testId="score-uncertainty">
          How unpredictable the outcomes were in themselves. Brier = reliability − resolution + uncertainty
          {murphy && murphy.partialCredit > 0 ? " − partial credit." : "."}
        </Figure>
        {murphy && murphy.partialCredit > 0 ? (
          <Figure label="Partial credit" value={formatScore(murphy.partialCredit)} testId="score-partial-credit">
            The mean of o(1 − o): 0 when every outcome is true or false; outcomes judged partly true add to it.
          </Figure>
        ) : null}
      </dl>
      {murphy && scores.brier !== null ? <MurphyIdentity brier={scores.brier} murphy={murphy} /> : null}
    </>
  );
}
