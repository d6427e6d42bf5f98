import { extractArticleInput, extractPredictions } from "@hindsight/domain";
import { useCase } from "../use-case";

/**
 * The candidate predictions in an article (text or HTML), with their offsets into the text the
 * extractor read. Pure: the domain's extractor, with no database.
 */
export const extractArticle = useCase({
  input: extractArticleInput,
  run: async (_ctx: unknown, input) =>
    extractPredictions(input.text, {
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.authors?.length ? { authors: input.authors } : {}),
    }),
});
