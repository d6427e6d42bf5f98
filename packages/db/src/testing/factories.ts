import { randomBytes } from "node:crypto";
import type { CreatePredictionFormValues, LogArticleFormValues } from "@hindsight/domain";
import type { Database } from "../client";

type Role = "ADMIN" | "EDITOR" | "VIEWER";

/** A user row for tests that need an actor (signing in is tested separately, through better-auth). */
export async function makeUser(
  db: Database,
  role: Role,
  name = `${role.toLowerCase()} ${randomBytes(3).toString("hex")}`,
) {
  const id = `user_${randomBytes(8).toString("hex")}`;
  await db.user.create({ data: { id, name, email: `${id}@example.test`, role } });
  return { userId: id, role, name };
}

/** A valid logging-form submission; override what the test is about. */
export function predictionInput(overrides: Partial<CreatePredictionFormValues> = {}): CreatePredictionFormValues {
  return {
    analyst: { mode: "new", name: "Tereza Novotna", affiliation: "Free University of Berlin" },
    source: {
      title: "What Trump's North Korea diplomacy says about his Russia strategy",
      outlet: "Asia Times",
      url: "https://asiatimes.com/2025/04/what-trumps-north-korea-diplomacy-says-about-his-russia-strategy/",
      publishedAt: "2025-04-25",
    },
    quote: "the Trump-Putin talks will be flashy, vague and ultimately meaningless",
    claim: "The Trump-Putin talks end without a substantive agreement",
    madeAt: "2025-04-25",
    resolveBy: "2025-12-31",
    probability: 0.95,
    tags: ["Russia", "diplomacy"],
    ...overrides,
  };
}

/** A short article with a byline, predictions in several hedges, a question and a past-tense sentence. */
export const sampleArticle = [
  "By Mara Quill",
  "The ceasefire will collapse before the end of the year, said Victor Hale, a historian at the Peace Institute.",
  "Inflation may ease next spring as energy prices fall back from their winter highs.",
  "The central bank is unlikely to cut interest rates in March, whatever the markets expect.",
  "Will the summit happen at all this year, with so much still unresolved between the two sides?",
  "The talks ended last week without a deal, and both delegations flew home early.",
].join("\n\n");

/** One kept candidate of sampleArticle, located by its quote. */
export function articlePrediction(
  quote: string,
  overrides: Partial<LogArticleFormValues["predictions"][number]> = {},
): LogArticleFormValues["predictions"][number] {
  const start = sampleArticle.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the sample article`);
  return {
    analyst: { mode: "new", name: "Mara Quill" },
    quote,
    quoteStart: start,
    quoteEnd: start + quote.length,
    claim: quote.replace(/\.$/, ""),
    probability: 0.5,
    probabilitySource: "ESTIMATE",
    ...overrides,
  };
}

/** A valid "Add from article" submission: sampleArticle with two of its predictions kept. */
export function articleLogInput(overrides: Partial<LogArticleFormValues> = {}): LogArticleFormValues {
  return {
    source: {
      title: "The ceasefire and the rates",
      outlet: "The Test Gazette",
      url: "https://example.org/articles/ceasefire-and-rates",
      publishedAt: "2025-04-25",
      authors: ["Mara Quill"],
      text: sampleArticle,
    },
    predictions: [
      articlePrediction("The ceasefire will collapse before the end of the year, said Victor Hale", {
        analyst: { mode: "new", name: "Victor Hale" },
        claim: "The ceasefire collapses before the end of 2025",
        resolveBy: "2025-12-31",
        probability: 0.95,
        probabilitySource: "HEDGE",
        hedge: "will",
        interval: [0.95, 1],
        tags: ["ceasefire"],
      }),
      articlePrediction("Inflation may ease next spring as energy prices fall back from their winter highs", {
        claim: "Inflation eases by June 2026",
        probability: 0.4,
      }),
    ],
    ...overrides,
  };
}
