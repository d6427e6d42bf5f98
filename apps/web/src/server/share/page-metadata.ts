import type { Metadata } from "next";
import { env } from "@/env";
import {
  analystCard,
  predictionCard,
  questionCard,
  type AnalystCardFacts,
  type PredictionCardFacts,
  type QuestionCardFacts,
} from "@/lib/share/card-views";
import { oembedDiscovery, shareMetadata } from "@/lib/share/share-metadata";
import { sharePaths } from "@/lib/share/share-urls";

/**
 * The share tags (Open Graph, X) of each shared page, from what its card shows: the card's summary
 * is the description and the image's alt text. For the pages' generateMetadata.
 */
type ShareTags = Pick<Metadata, "openGraph" | "twitter">;

export function predictionShareTags(prediction: PredictionCardFacts & { id: string }): ShareTags {
  const card = predictionCard(prediction, new Date());
  return shareMetadata({
    baseUrl: env.HINDSIGHT_BASE_URL,
    path: sharePaths.prediction(prediction.id),
    title: prediction.claim,
    description: card.summary,
    imageAlt: card.summary,
    type: "article",
  });
}

export function analystShareTags(analyst: AnalystCardFacts & { slug: string }): ShareTags {
  const card = analystCard(analyst);
  return shareMetadata({
    baseUrl: env.HINDSIGHT_BASE_URL,
    path: sharePaths.analyst(analyst.slug),
    title: `${analyst.name}: track record`,
    description: card.summary,
    imageAlt: card.summary,
  });
}

export function questionShareTags(question: QuestionCardFacts & { key: string }): ShareTags {
  const card = questionCard(question, new Date());
  return shareMetadata({
    baseUrl: env.HINDSIGHT_BASE_URL,
    path: sharePaths.question(question.key),
    title: question.title,
    description: card.summary,
    imageAlt: card.summary,
  });
}

export function scoreboardShareTags(): ShareTags {
  const description =
    "Analysts ranked by the Brier score of their judged predictions, with intervals, a minimum sample and a fair comparison.";
  return shareMetadata({
    baseUrl: env.HINDSIGHT_BASE_URL,
    path: sharePaths.scoreboard(),
    title: "Scoreboard",
    description,
    imageAlt:
      "Hindsight’s scoreboard: the top-ranked analysts with their Brier scores, intervals and numbers of scored predictions.",
  });
}

/** The oEmbed discovery link of a prediction's or an analyst's page (its `alternates.types`). */
export const oembedTypes = (path: string) => oembedDiscovery(env.HINDSIGHT_BASE_URL, path);
