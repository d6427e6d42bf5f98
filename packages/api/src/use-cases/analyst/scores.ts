import { analystScores as scoreAnalyst, slugInput } from "@hindsight/domain";
import { analystScoreData, getAnalystBySlug } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** An analyst's scores, calibration, Brier over time and by tag, from their aggregates and scored rows. */
export const analystScores = useCase({
  input: slugInput,
  run: async (ctx: Pick<UseCaseContext, "db">, input) => {
    const analyst = await getAnalystBySlug(ctx.db, input.slug);
    return scoreAnalyst(await analystScoreData(ctx.db, analyst.id));
  },
});
