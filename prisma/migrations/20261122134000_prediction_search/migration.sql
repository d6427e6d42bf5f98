-- Full-text search over a prediction's claim and quote (hand-written: Prisma cannot declare an
-- expression index). The list query uses exactly this expression so the planner can use the index.
CREATE INDEX "prediction_search_idx" ON "prediction"
  USING GIN (to_tsvector('english', "claim" || ' ' || coalesce("quote", '')));

-- Filters of the predictions list and the analyst/source pages.
CREATE INDEX "prediction_madeAt_idx" ON "prediction" ("madeAt");
CREATE INDEX "source_outlet_lower_idx" ON "source" (lower("outlet"));
