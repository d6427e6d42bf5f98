-- DropIndex
DROP INDEX "prediction_tag_tagId_idx";

-- CreateIndex
CREATE INDEX "prediction_tag_tagId_predictionId_idx" ON "prediction_tag"("tagId", "predictionId");

-- The predictions list's status filters (hand-written: Prisma cannot declare an expression or
-- partial index). Open predictions by deadline, "no deadline" counting as the end of time, so that
-- OPEN (deadline from now on) and DUE (deadline passed) are each one range; with the list order and
-- the deadline itself included, the list reads a status's ids from this index alone and meets a tag's
-- ids from prediction_tag's index in a hash join (measured at 100k predictions: 10 ms -> 0.6 ms for
-- a tag and OPEN). listPredictions uses exactly this expression.
CREATE INDEX "prediction_open_idx" ON "prediction" ((coalesce("resolveBy", 'infinity'::timestamp)), "createdAt" DESC, "id" DESC)
  INCLUDE ("resolveBy") WHERE "outcome" IS NULL;
