import { DomainError, type LogArticleInput, type PredictionSummary } from "@hindsight/domain";
import type { Database } from "../client";
import { toDomainError } from "../errors";
import { findOrCreateSource, insertPrediction, resolveAnalyst } from "./predictions";
import { storeArticleText } from "./source-edit";

/** What logging from an article did: the source (new, or the one already logged for its URL) and each prediction. */
export interface ArticleLogResult {
  source: { id: string; title: string; created: boolean };
  predictions: PredictionSummary[];
}

/** Time for a long list of predictions on a busy database; the default (5 s) suits single writes. */
const ARTICLE_LOG_TIMEOUT_MS = 60_000;

/**
 * Logs the predictions kept from one article in one transaction: the source created once (or
 * reused by URL), each analyst found or created by name, each prediction written and audited as
 * single logging writes it. Any failure writes nothing; a domain error names the prediction by its
 * path (`predictions[2].analyst.name`).
 */
export async function logArticlePredictions(
  db: Database,
  input: LogArticleInput,
  actor: { userId: string | null },
): Promise<ArticleLogResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const source = await findOrCreateSource(tx, input.source, actor);
        let storedText = source.text;
        if (!source.created && storedText === null && input.source.text !== undefined) {
          // A source logged by URL alone gets the article's text and byline, so the quotes can point into it.
          await storeArticleText(tx, source.id, input.source, actor);
          storedText = input.source.text;
        }
        // Offsets are kept only when they point into the text the source holds.
        const offsetsHold = storedText !== null && storedText === input.source.text;
        const predictions: PredictionSummary[] = [];
        for (const [index, prediction] of input.predictions.entries()) {
          const { analyst, quoteStart, quoteEnd, ...fields } = prediction;
          const analystId = await resolveAnalyst(tx, analyst).catch((error: unknown) => {
            throw underPrediction(error, index);
          });
          predictions.push(
            await insertPrediction(
              tx,
              { ...fields, madeAt: input.source.publishedAt, parts: [] },
              {
                analystId,
                sourceId: source.id,
                quoteStart: offsetsHold ? quoteStart : null,
                quoteEnd: offsetsHold ? quoteEnd : null,
              },
              actor,
            ),
          );
        }
        const title = predictions[0]?.source?.title ?? input.source.title;
        return { source: { id: source.id, title, created: source.created }, predictions };
      },
      { timeout: ARTICLE_LOG_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    throw toDomainError(error);
  }
}

/** A domain error about one prediction's fields, with its paths under `predictions[index]`. */
function underPrediction(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError) || error.issues.length === 0) return error;
  return new DomainError(
    error.code,
    `Prediction ${index + 1}: ${error.message}`,
    error.issues.map((issue) => ({ path: `predictions[${index}].${issue.path}`, message: issue.message })),
  );
}
