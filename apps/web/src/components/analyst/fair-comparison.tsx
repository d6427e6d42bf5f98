import { lookupHedge, type ScoreboardAnalyst } from "@hindsight/domain";
import { MessageSquareWarning } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatSignedScore, HEDGE_FLAG, rankRange } from "@/components/scoreboard/fair-format";
import { formatPercent } from "@/lib/format";
import { countOf, formatScore } from "@/lib/score-format";
import {
  hedgeBrierSentence,
  hedgeRankSentence,
  refSkillSentence,
  relBrierSentence,
  type HedgeFiguresView,
} from "./fair-sentences";
import { Figure } from "./score-summary";
import { Section } from "./section";

/** The analyst's line of the whole scoreboard (scoreboard.get), as these sections read it. */
export type FairLineView = HedgeFiguresView & Pick<ScoreboardAnalyst, "refSkill" | "refN" | "relBrier" | "sharedN">;

/** An analyst with no prediction has no line on the scoreboard: nothing to compare. */
export const NO_FAIR_LINE: FairLineView = {
  scored: 0,
  brier: null,
  brierLow: null,
  brierHigh: null,
  rank: null,
  rankLow: null,
  rankHigh: null,
  refSkill: null,
  refN: 0,
  relBrier: null,
  sharedN: 0,
};

const could = lookupHedge("could");

/** A figure (in a <dl>) beside the sentence that says what it means. */
function FigureWithSentence({ children, sentence, testId }: { children: ReactNode; sentence: string; testId: string }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:gap-6">
      <dl className="grid shrink-0 gap-3 sm:w-60">{children}</dl>
      <p className="max-w-xl text-sm leading-relaxed" data-testid={testId}>
        {sentence}
      </p>
    </div>
  );
}

function Empty({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <p
      className="rounded-xl border border-dashed bg-card px-6 py-8 text-center text-sm text-muted-foreground"
      data-testid={testId}
    >
      {children}
    </p>
  );
}

/**
 * The fair comparison of one analyst (docs/design.md, "Fair comparison (contract v1.1)"), over the
 * whole ledger as the unfiltered scoreboard has it: against the reference forecasts, against the
 * others on the same questions, and how much the reading of hedge words matters to the Brier score
 * and the rank. `minScored` and `ranked`: the scoreboard's rule and how many analysts it ranks.
 */
export function FairComparison({
  line,
  name,
  minScored,
  ranked,
}: {
  line: FairLineView;
  name: string;
  minScored: number;
  ranked: number;
}) {
  const range = rankRange(line.rankLow, line.rankHigh);
  return (
    <>
      <Section
        id="against-reference"
        title="Against the reference"
        intro={`What a market, a crowd of forecasters or a base rate said about the same question on or before the day ${name} spoke. Skill against it is 1 minus ${name}’s squared errors divided by the reference’s: above 0 is better than the reference, below 0 worse. Each question counts once, with ${name}’s latest forecast on it.`}
      >
        {line.refN > 0 ? (
          <FigureWithSentence
            sentence={refSkillSentence(name, line.refSkill, line.refN, minScored)}
            testId="ref-sentence"
          >
            <Figure
              label="Skill against the reference"
              value={formatSignedScore(line.refSkill)}
              detail={`over ${countOf(line.refN, "prediction")} with a reference`}
              testId="fair-ref-skill"
            >
              Above 0: better than the reference. Higher is better.
            </Figure>
          </FigureWithSentence>
        ) : (
          <Empty testId="no-reference">
            None of {name}’s scored predictions is linked to a question with a reference forecast from on or before the
            day it was made, so there is nothing to compare with yet.
          </Empty>
        )}
      </Section>

      <Section
        id="against-peers"
        title="Against others on the same questions"
        intro={`On each question that other analysts forecast too, ${name}’s squared error minus the median of the others’ on the same question, averaged over those questions: below 0 is more accurate than the typical peer on the same events, above 0 less. Each question counts once, with each analyst’s latest forecast on it.`}
      >
        {line.sharedN > 0 ? (
          <FigureWithSentence
            sentence={relBrierSentence(name, line.relBrier, line.sharedN, minScored)}
            testId="peers-sentence"
          >
            <Figure
              label="Brier against peers"
              value={formatSignedScore(line.relBrier)}
              detail={`over ${countOf(line.sharedN, "shared question")}`}
              testId="fair-rel-brier"
            >
              Below 0: more accurate than the others on the same events. Lower is better.
            </Figure>
          </FigureWithSentence>
        ) : (
          <Empty testId="no-peers">
            None of {name}’s scored predictions is on a question that another analyst forecast too, so there is nobody
            to compare with on the same events yet.
          </Empty>
        )}
      </Section>

      <Section
        id="hedge-readings"
        title="How much the reading of hedge words matters"
        intro={
          <>
            A hedge word is read as a probability with a range
            {could
              ? ` (“could” is ${formatPercent(could.probability)}, anywhere from ${formatPercent(could.interval[0])} to ${formatPercent(could.interval[1])})`
              : ""}
            . Here every such probability is read at the low end of its range, then at the high end: {name}’s, and for
            the rank everyone else’s too.{" "}
            <Link
              href="/scoreboard#fair-comparison-guide"
              className="font-medium text-foreground underline-offset-4 hover:underline"
            >
              The fair comparison on the scoreboard
            </Link>
          </>
        }
      >
        {line.scored > 0 ? (
          <div className="flex flex-col gap-4">
            <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" aria-label="Under the two readings of hedge words">
              <Figure label="Brier, hedge words read low" value={formatScore(line.brierLow)} testId="fair-brier-low">
                Every hedge word at the low end of its range.
              </Figure>
              <Figure label="Brier, hedge words read high" value={formatScore(line.brierHigh)} testId="fair-brier-high">
                Every hedge word at the high end of its range.
              </Figure>
              <Figure
                label="Rank under the two readings"
                value={
                  range.moves ? (
                    <span className="inline-flex items-center gap-1.5">
                      <MessageSquareWarning aria-hidden className="size-5 shrink-0 text-warning" />
                      {range.text}
                    </span>
                  ) : (
                    range.text
                  )
                }
                detail={line.rankLow === null ? `not ranked (fewer than ${minScored} scored)` : `of ${ranked} ranked`}
                testId="fair-rank-range"
              >
                {range.moves
                  ? `The rank ${HEDGE_FLAG}: ${line.rankLow} read low, ${line.rankHigh} read high.`
                  : line.rankLow === null
                    ? "No rank for the reading to move."
                    : "The same under either reading."}
              </Figure>
            </dl>
            <p className="max-w-2xl text-sm leading-relaxed" data-testid="hedge-sentence">
              {hedgeBrierSentence(name, line)} {hedgeRankSentence(name, line, minScored, ranked)}
            </p>
          </div>
        ) : (
          <Empty testId="no-hedge-readings">
            Nothing of {name}’s is scored yet, so there is nothing for the reading of hedge words to change.
          </Empty>
        )}
      </Section>
    </>
  );
}
