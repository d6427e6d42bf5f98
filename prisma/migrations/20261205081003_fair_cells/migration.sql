-- CreateTable
CREATE TABLE "fair_vote" (
    "questionId" TEXT NOT NULL,
    "analystId" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "squaredError" DOUBLE PRECISION NOT NULL,
    "referenceError" DOUBLE PRECISION,
    "relative" DOUBLE PRECISION,

    CONSTRAINT "fair_vote_pkey" PRIMARY KEY ("questionId","analystId")
);

-- CreateTable
CREATE TABLE "fair_cell" (
    "analystId" TEXT NOT NULL,
    "refN" INTEGER NOT NULL DEFAULT 0,
    "sumSquaredError" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumReferenceError" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sharedN" INTEGER NOT NULL DEFAULT 0,
    "sumRelative" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "fair_cell_pkey" PRIMARY KEY ("analystId")
);

-- CreateIndex
CREATE INDEX "fair_vote_analystId_idx" ON "fair_vote"("analystId");

-- ---------------------------------------------------------------------------------------------
-- Hand-written below: keeping fair_vote and fair_cell in step (docs/scoring.md, "Fair comparison").
--
-- fair_refresh(question ids) recomputes those questions' votes from the prediction rows with the
-- same arithmetic as fairSums (packages/db/src/repositories/scoreboard.ts) and the domain's
-- fairFigures, then each touched analyst's fair_cell from their votes (summed afresh, never by
-- deltas, so no rounding drifts in). It locks the questions (in id order) and then the analysts
-- (advisory locks, in id order) before reading, so two transactions that touch the same question or
-- analyst refresh one after the other, each reading what the other committed.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION "fair_refresh"(ids TEXT[]) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    touched TEXT[];
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM "question" WHERE "id" = ANY(ids) ORDER BY "id" FOR UPDATE;

    SELECT array_agg(DISTINCT a) INTO touched FROM (
        SELECT "analystId" AS a FROM "fair_vote" WHERE "questionId" = ANY(ids)
        UNION
        SELECT "analystId" FROM "prediction" WHERE "questionId" = ANY(ids)
    ) AS x;
    PERFORM pg_advisory_xact_lock(hashtextextended('fair_cell ' || a, 0))
    FROM unnest(coalesce(touched, '{}')) AS a ORDER BY a;

    DELETE FROM "fair_vote" WHERE "questionId" = ANY(ids);
    INSERT INTO "fair_vote" ("questionId", "analystId", "predictionId", "squaredError", "referenceError", "relative")
    WITH "vote" AS (
        SELECT DISTINCT ON (p."analystId", p."questionId")
            p."id", p."analystId", p."questionId", p."madeAt", p."negated",
            (p."probability" - t.o) ^ 2 AS "se", t.o
        FROM "prediction" p
        CROSS JOIN LATERAL "score_terms"(p."probability", p."outcome", p."credit") t
        WHERE p."questionId" = ANY(ids) AND p."outcome" IN ('TRUE', 'FALSE', 'PARTIAL')
        ORDER BY p."analystId", p."questionId", p."madeAt" DESC, p."key" COLLATE "C" DESC
    ), "referenced" AS (
        SELECT v.*, (
            SELECT r."probability" FROM "question_reference" r
            WHERE r."questionId" = v."questionId" AND r."asOf" < date_trunc('day', v."madeAt") + interval '1 day'
            ORDER BY r."asOf" DESC LIMIT 1
        ) AS "reference"
        FROM "vote" v
    ), "placed" AS (
        SELECT x.*,
            count(*) OVER "question" AS "voters",
            row_number() OVER ("question" ORDER BY x."se") AS "place",
            array_agg(x."se") OVER ("question" ORDER BY x."se" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                AS "errors"
        FROM "referenced" x
        WINDOW "question" AS (PARTITION BY x."questionId")
    )
    SELECT x."questionId", x."analystId", x."id", x."se",
        CASE WHEN x."reference" IS NOT NULL
            THEN ((CASE WHEN x."negated" THEN 1 - x."reference" ELSE x."reference" END) - x.o) ^ 2 END,
        CASE WHEN x."voters" >= 2 THEN x."se" - "fair_median_without"(x."errors", x."place"::int) END
    FROM "placed" x;

    DELETE FROM "fair_cell" WHERE "analystId" = ANY(touched);
    INSERT INTO "fair_cell" ("analystId", "refN", "sumSquaredError", "sumReferenceError", "sharedN", "sumRelative")
    SELECT v."analystId",
        count(v."referenceError")::int,
        coalesce(sum(v."squaredError") FILTER (WHERE v."referenceError" IS NOT NULL), 0),
        coalesce(sum(v."referenceError"), 0),
        count(v."relative")::int,
        coalesce(sum(v."relative"), 0)
    FROM "fair_vote" v
    WHERE v."analystId" = ANY(touched)
    GROUP BY v."analystId";
END;
$$;

-- Recomputes every vote and cell (fills the tables for existing data; `scores check --repair`).
CREATE FUNCTION "fair_rebuild"() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE "prediction", "question_reference" IN SHARE MODE;
    DELETE FROM "fair_vote";
    DELETE FROM "fair_cell";
    PERFORM "fair_refresh"(ARRAY(SELECT "id" FROM "question"));
END;
$$;

-- A prediction moves the figures of its question (old and new) when it is linked, unlinked,
-- judged, re-dated, re-keyed, moved to another analyst or (before any judgement) re-estimated.
CREATE FUNCTION "fair_on_prediction"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "fair_refresh"(ARRAY(SELECT DISTINCT "questionId" FROM new_rows WHERE "questionId" IS NOT NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "fair_refresh"(ARRAY(SELECT DISTINCT "questionId" FROM old_rows WHERE "questionId" IS NOT NULL));
    ELSE
        PERFORM "fair_refresh"(ARRAY(
            SELECT q FROM new_rows n JOIN old_rows o USING ("id"),
                LATERAL (VALUES (n."questionId"), (o."questionId")) AS v(q)
            WHERE q IS NOT NULL
              AND (n."questionId", n."negated", n."analystId", n."madeAt", n."key", n."probability", n."outcome", n."credit")
                  IS DISTINCT FROM
                  (o."questionId", o."negated", o."analystId", o."madeAt", o."key", o."probability", o."outcome", o."credit")
            GROUP BY q));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "fair_prediction_insert" AFTER INSERT ON "prediction"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_on_prediction"();
CREATE TRIGGER "fair_prediction_update" AFTER UPDATE ON "prediction"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_on_prediction"();
CREATE TRIGGER "fair_prediction_delete" AFTER DELETE ON "prediction"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_on_prediction"();

-- A reference forecast added, changed or removed moves its question's figures.
CREATE FUNCTION "fair_on_reference"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "fair_refresh"(ARRAY(SELECT DISTINCT "questionId" FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "fair_refresh"(ARRAY(SELECT DISTINCT "questionId" FROM old_rows));
    ELSE
        PERFORM "fair_refresh"(ARRAY(
            SELECT "questionId" FROM new_rows UNION SELECT "questionId" FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "fair_reference_insert" AFTER INSERT ON "question_reference"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_on_reference"();
CREATE TRIGGER "fair_reference_update" AFTER UPDATE ON "question_reference"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_on_reference"();
CREATE TRIGGER "fair_reference_delete" AFTER DELETE ON "question_reference"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_on_reference"();

SELECT "fair_rebuild"();
