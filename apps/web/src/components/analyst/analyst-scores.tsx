import { ChartNoAxesCombined, Trophy } from "lucide-react";
import Link from "next/link";
import { BrierOverTimeChart } from "@/components/charts/brier-over-time-chart";
import { CalibrationChart } from "@/components/charts/calibration-chart";
import type { CalibrationBinInput } from "@/components/charts/calibration-layout";
import type { OverTimeInput } from "@/components/charts/over-time-layout";
import { buttonVariants } from "@/components/ui/button";
import { FairComparison, type FairLineView } from "./fair-comparison";
import { ScoreSummary, type ScoreSummaryView } from "./score-summary";
import { Section } from "./section";
import { TagBreakdown, type TagScoresView } from "./tag-breakdown";

/** analyst.scores, as the page uses it. */
export interface AnalystScoresView extends ScoreSummaryView {
  calibration: readonly CalibrationBinInput[];
  overTime: readonly OverTimeInput[];
  byTag: readonly TagScoresView[];
}

/** What the fair comparison needs: the analyst's line of the whole scoreboard, its rule and how many it ranks. */
export interface AnalystFairView {
  line: FairLineView;
  minScored: number;
  ranked: number;
}

/**
 * The analyst's track record in figures: scores, the fair comparison, calibration, Brier over time
 * and by tag. Drawn on the server (the charts are plain SVG, nothing to run in the browser).
 */
export function AnalystScores({
  scores,
  name,
  fair,
}: {
  scores: AnalystScoresView;
  name: string;
  fair: AnalystFairView;
}) {
  return (
    <>
      <Section
        id="scores"
        title="Scores"
        intro={
          scores.scored > 0
            ? `Over ${name}’s ${scores.scored} scored ${scores.scored === 1 ? "prediction" : "predictions"} (judged true, false or partly true).`
            : undefined
        }
      >
        {scores.scored > 0 ? (
          <ScoreSummary scores={scores} />
        ) : (
          <div
            className="flex flex-col items-center gap-3 rounded-xl border border-dashed bg-card px-6 py-12 text-center"
            data-testid="no-scores"
          >
            <ChartNoAxesCombined aria-hidden className="size-10 text-muted-foreground" />
            <h3 className="text-base font-semibold">Nothing scored yet</h3>
            <p className="max-w-md text-sm text-muted-foreground">
              Scores, calibration and Brier over time appear once one of {name}’s predictions is judged true, false or
              partly true. Ambiguous and annulled predictions are counted above but never scored.
            </p>
            <Link href="/due" className={buttonVariants({ variant: "outline", className: "mt-2" })}>
              Predictions due for judgement
            </Link>
          </div>
        )}
      </Section>

      {scores.scored > 0 ? (
        <>
          <FairComparison line={fair.line} name={name} minScored={fair.minScored} ranked={fair.ranked} />
          <Section
            id="calibration"
            title="Calibration"
            intro="Of the things forecast at about 70%, did about 70% happen? Forecasts are grouped in bands of ten points; each band’s dot shows how often its forecasts came true."
          >
            <div className="rounded-xl border bg-card p-4 shadow-xs sm:p-6">
              <CalibrationChart bins={scores.calibration} subject={name} />
            </div>
          </Section>
          <Section
            id="over-time"
            title="Brier over time"
            intro="The Brier score of everything resolved up to each month (lower is better), and of each month on its own."
          >
            {scores.overTime.length > 0 ? (
              <div className="rounded-xl border bg-card p-4 shadow-xs sm:p-6">
                <BrierOverTimeChart months={scores.overTime} subject={name} />
              </div>
            ) : (
              <p className="rounded-xl border border-dashed bg-card px-6 py-8 text-center text-sm text-muted-foreground">
                None of the scored predictions has the date it was decided, so there is no timeline.
              </p>
            )}
          </Section>
        </>
      ) : null}

      <Section
        id="by-tag"
        title="By tag"
        intro={
          <>
            Each tag leads to the scoreboard for that tag, to compare {name} with everyone else on the same subject.{" "}
            <Link
              href="/scoreboard"
              className="inline-flex items-center gap-1 font-medium text-foreground underline-offset-4 hover:underline"
            >
              <Trophy aria-hidden className="size-3.5" /> The whole scoreboard
            </Link>
          </>
        }
      >
        <TagBreakdown tags={scores.byTag} subject={name} />
      </Section>
    </>
  );
}
