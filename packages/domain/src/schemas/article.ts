import { z } from "zod";
import type { ArticleFormat } from "../extract/types";
import { MAX_ARTICLE_CHARACTERS, MAX_ARTICLE_PREDICTIONS } from "../limits";
import { day, optional, text } from "./fields";
import { predictionFields, predictionRuleIssues, sourceInput } from "./prediction";

/**
 * Adding predictions from an article: the article sent to the extractor, then the candidates the
 * editor kept, logged together under one source.
 */

// The longest article (a long read is under 200,000 characters) and the most predictions logged
// from one are in limits.ts, with every other limit.

export const articleFormats = ["text", "html"] as const satisfies readonly ArticleFormat[];

const tooLong = `The article is longer than ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters; paste the article's own text, without the rest of the page`;

const authors = z
  .array(text("Author", 200))
  .max(20, "At most 20 authors")
  .transform((names) => [...new Set(names)]);

export const extractArticleInput = z.object({
  text: z
    .string({ error: "text must be the article's text" })
    .max(MAX_ARTICLE_CHARACTERS, tooLong)
    .refine((value) => value.trim() !== "", "The article is empty: paste its text or choose a file"),
  /** Deadlines in words are counted from it; without it none is read. */
  publishedAt: optional(day("Publication date")),
  format: z.enum(articleFormats, { error: `format must be one of ${articleFormats.join(", ")}` }).optional(),
  /** The byline, when known from the form: the speaker of unattributed predictions. */
  authors: authors.optional(),
});
export type ExtractArticleInput = z.output<typeof extractArticleInput>;

/** The article as a source: created once for all its predictions, or the one already logged for its URL. */
export const articleSourceInput = sourceInput.extend({
  authors: authors.default([]),
  /** The text the quotes' offsets point into (for HTML, the text the extractor converted it to). */
  text: optional(z.string().max(MAX_ARTICLE_CHARACTERS, tooLong)),
});

/**
 * One prediction kept from the article: the fields of createPredictionInput except those the article
 * gives (source, date made = publication date) and parts, with the quote required and where it stands.
 */
export const articlePredictionInput = predictionFields.omit({ source: true, madeAt: true, parts: true }).extend({
  quote: text("Quote", 5000),
  /** UTF-16 offsets of the quote in the source's text. */
  quoteStart: z.number({ error: "quoteStart must be a number" }).int().min(0).optional(),
  quoteEnd: z.number({ error: "quoteEnd must be a number" }).int().min(0).optional(),
});

export const logArticleInput = z
  .object({
    source: articleSourceInput,
    predictions: z
      .array(articlePredictionInput)
      .min(1, "Tick at least one prediction to log")
      .max(MAX_ARTICLE_PREDICTIONS, `At most ${MAX_ARTICLE_PREDICTIONS} predictions at once`),
  })
  .superRefine((input, context) => {
    const { publishedAt, text: articleText } = input.source;
    input.predictions.forEach((prediction, index) => {
      const at = (path: (string | number)[], message: string) =>
        context.addIssue({ code: "custom", path: ["predictions", index, ...path], message });
      for (const issue of predictionRuleIssues({ ...prediction, madeAt: publishedAt, source: input.source })) {
        at(issue.path, issue.message);
      }
      const { quoteStart: start, quoteEnd: end } = prediction;
      if (start === undefined && end === undefined) return;
      if (start === undefined || end === undefined || end < start) {
        at(["quoteEnd"], "Give both offsets of the quote, the end after the start");
      } else if (articleText === undefined) {
        at(["quoteStart"], "Offsets need the article's text");
      } else if (articleText.slice(start, end).trim() !== prediction.quote) {
        at(["quote"], "The quote is not at these offsets in the article's text");
      }
    });
  });

export type LogArticleInput = z.output<typeof logArticleInput>;
export type LogArticleFormValues = z.input<typeof logArticleInput>;
export type ArticlePredictionInput = z.output<typeof articlePredictionInput>;
