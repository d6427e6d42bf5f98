-- AlterTable
ALTER TABLE "judgement" ADD COLUMN     "questionJudgementId" TEXT;

-- AlterTable
ALTER TABLE "prediction" ADD COLUMN     "negated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "questionId" TEXT;

-- AlterTable
ALTER TABLE "score_cell" ADD COLUMN     "sumSquaredErrorHigh" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "sumSquaredErrorLow" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "question" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "criteria" TEXT,
    "resolveBy" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "outcome" "Outcome",
    "credit" DOUBLE PRECISION,
    "resolvedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_reference" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "url" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_judgement" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "outcome" "Outcome",
    "credit" DOUBLE PRECISION,
    "resolvedAt" TIMESTAMP(3),
    "note" TEXT,
    "evidence" TEXT[],
    "judgedById" TEXT,
    "basedOnVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_judgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "question_key_key" ON "question"("key");

-- CreateIndex
CREATE INDEX "question_createdAt_id_idx" ON "question"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "question_outcome_idx" ON "question"("outcome");

-- CreateIndex
CREATE INDEX "question_reference_questionId_asOf_idx" ON "question_reference"("questionId", "asOf");

-- CreateIndex
CREATE INDEX "question_judgement_questionId_createdAt_idx" ON "question_judgement"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "judgement_questionJudgementId_idx" ON "judgement"("questionJudgementId");

-- CreateIndex
CREATE INDEX "prediction_questionId_idx" ON "prediction"("questionId");

-- AddForeignKey
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "judgement" ADD CONSTRAINT "judgement_questionJudgementId_fkey" FOREIGN KEY ("questionJudgementId") REFERENCES "question_judgement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_reference" ADD CONSTRAINT "question_reference_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_reference" ADD CONSTRAINT "question_reference_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_judgement" ADD CONSTRAINT "question_judgement_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_judgement" ADD CONSTRAINT "question_judgement_judgedById_fkey" FOREIGN KEY ("judgedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written below (Prisma's differ ignores CHECK constraints, expression indexes, functions and
-- triggers).

-- A negated link needs a question to negate.
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_negated_requires_question"
    CHECK (NOT "negated" OR "questionId" IS NOT NULL);

-- Question: key and title not blank, versions from 1, credit exactly for PARTIAL, in [0, 1].
ALTER TABLE "question" ADD CONSTRAINT "question_key_not_blank" CHECK (btrim("key") <> '');
ALTER TABLE "question" ADD CONSTRAINT "question_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "question" ADD CONSTRAINT "question_version_positive" CHECK ("version" >= 1);
ALTER TABLE "question" ADD CONSTRAINT "question_credit_range"
    CHECK ("credit" IS NULL OR ("credit" >= 0 AND "credit" <= 1));
ALTER TABLE "question" ADD CONSTRAINT "question_credit_only_partial"
    CHECK (("credit" IS NULL) = ("outcome" IS DISTINCT FROM 'PARTIAL'));
ALTER TABLE "question_judgement" ADD CONSTRAINT "question_judgement_credit_range"
    CHECK ("credit" IS NULL OR ("credit" >= 0 AND "credit" <= 1));
ALTER TABLE "question_judgement" ADD CONSTRAINT "question_judgement_credit_only_partial"
    CHECK (("credit" IS NULL) = ("outcome" IS DISTINCT FROM 'PARTIAL'));
ALTER TABLE "question_judgement" ADD CONSTRAINT "question_judgement_basedOnVersion_positive"
    CHECK ("basedOnVersion" >= 1);

-- Reference forecasts: a probability in [0, 1], a named source, one per question and UTC day
-- (timestamps are stored in UTC, so the cast to date is the UTC day).
ALTER TABLE "question_reference" ADD CONSTRAINT "question_reference_probability_range"
    CHECK ("probability" >= 0 AND "probability" <= 1);
ALTER TABLE "question_reference" ADD CONSTRAINT "question_reference_source_not_blank"
    CHECK (btrim("source") <> '');
CREATE UNIQUE INDEX "question_reference_questionId_day_key"
    ON "question_reference" ("questionId", (("asOf")::date));

-- Question judgements are append-only, like judgements.
CREATE TRIGGER "question_judgement_append_only_row"
    BEFORE UPDATE OR DELETE ON "question_judgement"
    FOR EACH ROW EXECUTE FUNCTION "judgement_append_only"();
CREATE TRIGGER "question_judgement_append_only_truncate"
    BEFORE TRUNCATE ON "question_judgement"
    FOR EACH STATEMENT EXECUTE FUNCTION "judgement_append_only"();

-- Questions by title for the link suggestions and the /questions search.
CREATE INDEX "question_search_idx" ON "question" USING GIN (to_tsvector('english', "title" || ' ' || coalesce("criteria", '')));

-- ---------------------------------------------------------------------------------------------
-- Hedge sensitivity in the score cells: Σ(p_low - o)^2 and Σ(p_high - o)^2 over scored predictions,
-- where p_low (p_high) is the interval's low (high) end for a prediction whose probability was read
-- from hedge words (probabilitySource HEDGE with an interval) and p otherwise. The keyed rows now
-- carry both readings; every function that builds them is replaced, and the cells rebuilt.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION "score_reading"(probability DOUBLE PRECISION, source "ProbabilitySource", bound DOUBLE PRECISION)
RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN source = 'HEDGE' AND bound IS NOT NULL THEN bound ELSE probability END
$$;

CREATE OR REPLACE FUNCTION "score_keyed_sql"(relation TEXT, sign INTEGER) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT format($q$
        SELECT r."analystId", g.grain, g.key, %2$s AS sign, r.probability, r.outcome, r.credit,
            "score_reading"(r.probability, r."probabilitySource", r."probabilityLow") AS low,
            "score_reading"(r.probability, r."probabilitySource", r."probabilityHigh") AS high
        FROM %1$s AS r
        LEFT JOIN "source" AS s ON s."id" = r."sourceId"
        CROSS JOIN LATERAL (VALUES
            ('all', ''),
            ('year', to_char(r."madeAt", 'YYYY')),
            ('month', to_char(r."madeAt", 'YYYY-MM')),
            ('outlet', lower(s."outlet"))
        ) AS g(grain, key)
        WHERE g.key IS NOT NULL
        UNION ALL
        SELECT r."analystId", 'tag', pt."tagId", %2$s, r.probability, r.outcome, r.credit,
            "score_reading"(r.probability, r."probabilitySource", r."probabilityLow"),
            "score_reading"(r.probability, r."probabilitySource", r."probabilityHigh")
        FROM %1$s AS r
        JOIN "prediction_tag" AS pt ON pt."predictionId" = r."id"
    $q$, relation, sign)
$$;

CREATE OR REPLACE FUNCTION "score_cells_upsert_sql"(keyed TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    bins TEXT;
BEGIN
    SELECT
        format('ARRAY[%s], ARRAY[%s], ARRAY[%s]',
            string_agg(format('sum(k.sign * (t.bin = %s)::int)::int', i), ', ' ORDER BY i),
            string_agg(format('sum(CASE WHEN t.bin = %s THEN k.sign * t.p ELSE 0 END)', i), ', ' ORDER BY i),
            string_agg(format('sum(CASE WHEN t.bin = %s THEN k.sign * t.o ELSE 0 END)', i), ', ' ORDER BY i))
    INTO bins
    FROM generate_series(0, 9) AS i;

    RETURN format($q$
        INSERT INTO "score_cell" AS c (
            "analystId", "grain", "key", "predictions", "resolved", "scored", "ambiguous", "annulled",
            "sumP", "sumO", "sumSquaredError", "sumSquaredErrorSquared", "sumLogLoss", "sumHit",
            "sumSquaredErrorLow", "sumSquaredErrorHigh",
            "binN", "binP", "binO")
        SELECT
            k."analystId", k.grain, k.key,
            sum(k.sign), sum(k.sign * t.resolved), sum(k.sign * t.scored),
            sum(k.sign * t.ambiguous), sum(k.sign * t.annulled),
            sum(k.sign * t.p), sum(k.sign * t.o), sum(k.sign * t.se), sum(k.sign * t.se2),
            sum(k.sign * t.ll), sum(k.sign * t.hit),
            sum(k.sign * t.scored * (k.low - t.o) ^ 2), sum(k.sign * t.scored * (k.high - t.o) ^ 2),
            %s
        FROM (%s) AS k
        CROSS JOIN LATERAL "score_terms"(k.probability, k.outcome, k.credit) AS t
        GROUP BY k.grain, k.key, k."analystId"
        ORDER BY k.grain, k.key, k."analystId"
        ON CONFLICT ("grain", "key", "analystId") DO UPDATE SET
            "predictions" = c."predictions" + excluded."predictions",
            "resolved" = c."resolved" + excluded."resolved",
            "scored" = c."scored" + excluded."scored",
            "ambiguous" = c."ambiguous" + excluded."ambiguous",
            "annulled" = c."annulled" + excluded."annulled",
            "sumP" = c."sumP" + excluded."sumP",
            "sumO" = c."sumO" + excluded."sumO",
            "sumSquaredError" = c."sumSquaredError" + excluded."sumSquaredError",
            "sumSquaredErrorSquared" = c."sumSquaredErrorSquared" + excluded."sumSquaredErrorSquared",
            "sumLogLoss" = c."sumLogLoss" + excluded."sumLogLoss",
            "sumHit" = c."sumHit" + excluded."sumHit",
            "sumSquaredErrorLow" = c."sumSquaredErrorLow" + excluded."sumSquaredErrorLow",
            "sumSquaredErrorHigh" = c."sumSquaredErrorHigh" + excluded."sumSquaredErrorHigh",
            "binN" = "score_add"(c."binN", excluded."binN"),
            "binP" = "score_add"(c."binP", excluded."binP"),
            "binO" = "score_add"(c."binO", excluded."binO")
    $q$, bins, keyed);
END;
$$;

CREATE OR REPLACE FUNCTION "score_cells_on_prediction"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE "score_cells_upsert_sql"("score_keyed_sql"('new_rows', 1));
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE "score_cells_upsert_sql"("score_keyed_sql"('old_rows', -1));
    ELSE
        -- Only rows whose scored fields, hedge readings, analyst, source or date changed move any sum.
        EXECUTE "score_cells_upsert_sql"(
            "score_keyed_sql"($r$(
                SELECT n.* FROM new_rows AS n JOIN old_rows AS o USING ("id")
                WHERE (n."analystId", n."sourceId", n."madeAt", n.probability, n.outcome, n.credit,
                       n."probabilitySource", n."probabilityLow", n."probabilityHigh")
                    IS DISTINCT FROM (o."analystId", o."sourceId", o."madeAt", o.probability, o.outcome, o.credit,
                       o."probabilitySource", o."probabilityLow", o."probabilityHigh")
            )$r$, 1)
            || ' UNION ALL ' ||
            "score_keyed_sql"($r$(
                SELECT o.* FROM old_rows AS o JOIN new_rows AS n USING ("id")
                WHERE (n."analystId", n."sourceId", n."madeAt", n.probability, n.outcome, n.credit,
                       n."probabilitySource", n."probabilityLow", n."probabilityHigh")
                    IS DISTINCT FROM (o."analystId", o."sourceId", o."madeAt", o.probability, o.outcome, o.credit,
                       o."probabilitySource", o."probabilityLow", o."probabilityHigh")
            )$r$, -1));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "score_cells_on_prediction_tag"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    added TEXT := $q$
        SELECT p."analystId", 'tag' AS grain, n."tagId" AS key, 1 AS sign, p.probability, p.outcome, p.credit,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityLow") AS low,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityHigh") AS high
        FROM new_rows AS n JOIN "prediction" AS p ON p."id" = n."predictionId"
    $q$;
    removed TEXT := $q$
        SELECT p."analystId", 'tag' AS grain, o."tagId" AS key, -1 AS sign, p.probability, p.outcome, p.credit,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityLow") AS low,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityHigh") AS high
        FROM old_rows AS o JOIN "prediction" AS p ON p."id" = o."predictionId"
    $q$;
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE "score_cells_upsert_sql"(added);
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE "score_cells_upsert_sql"(removed);
    ELSE
        EXECUTE "score_cells_upsert_sql"(added || ' UNION ALL ' || removed);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "score_cells_on_source"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE "score_cells_upsert_sql"($q$
        SELECT p."analystId", 'outlet' AS grain, lower(n."outlet") AS key, 1 AS sign, p.probability, p.outcome, p.credit,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityLow") AS low,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityHigh") AS high
        FROM new_rows AS n JOIN old_rows AS o USING ("id") JOIN "prediction" AS p ON p."sourceId" = n."id"
        WHERE lower(n."outlet") IS DISTINCT FROM lower(o."outlet") AND n."outlet" IS NOT NULL
        UNION ALL
        SELECT p."analystId", 'outlet', lower(o."outlet"), -1, p.probability, p.outcome, p.credit,
            "score_reading"(p.probability, p."probabilitySource", p."probabilityLow"),
            "score_reading"(p.probability, p."probabilitySource", p."probabilityHigh")
        FROM new_rows AS n JOIN old_rows AS o USING ("id") JOIN "prediction" AS p ON p."sourceId" = o."id"
        WHERE lower(n."outlet") IS DISTINCT FROM lower(o."outlet") AND o."outlet" IS NOT NULL
    $q$);
    RETURN NULL;
END;
$$;

-- Fill the new sums for the predictions already recorded.
SELECT "score_cells_rebuild"();
