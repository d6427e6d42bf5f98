-- AlterTable
ALTER TABLE "prediction" ADD COLUMN     "referenceProbability" DOUBLE PRECISION;

-- ---------------------------------------------------------------------------------------------
-- Hand-written below. Each linked prediction carries the reference it is measured against, so the
-- fair comparison reads it from the row instead of searching the references per vote.
-- ---------------------------------------------------------------------------------------------

-- The question's latest reference dated on or before the UTC day of `made` (timestamps are UTC).
CREATE FUNCTION "fair_reference_of"(question TEXT, made TIMESTAMP(3)) RETURNS DOUBLE PRECISION
LANGUAGE sql STABLE AS $$
    SELECT r."probability" FROM "question_reference" r
    WHERE r."questionId" = question AND r."asOf" < date_trunc('day', made) + interval '1 day'
    ORDER BY r."asOf" DESC
    LIMIT 1
$$;

-- A prediction linked, relinked or re-dated takes its reference as it is written.
CREATE FUNCTION "fair_reference_on_prediction"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    NEW."referenceProbability" := CASE
        WHEN NEW."questionId" IS NULL THEN NULL
        ELSE "fair_reference_of"(NEW."questionId", NEW."madeAt")
    END;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "fair_reference_prediction_insert" BEFORE INSERT ON "prediction"
    FOR EACH ROW WHEN (NEW."questionId" IS NOT NULL) EXECUTE FUNCTION "fair_reference_on_prediction"();
CREATE TRIGGER "fair_reference_prediction_update" BEFORE UPDATE OF "questionId", "madeAt", "referenceProbability" ON "prediction"
    FOR EACH ROW EXECUTE FUNCTION "fair_reference_on_prediction"();

-- A reference added, changed or removed re-reads the references of its question's predictions;
-- the update of those rows (only those whose reference changes) refreshes the fair figures through
-- fair_on_prediction, which now watches referenceProbability instead of the references themselves.
CREATE FUNCTION "fair_reference_on_reference"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        ids := ARRAY(SELECT DISTINCT "questionId" FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        ids := ARRAY(SELECT DISTINCT "questionId" FROM old_rows);
    ELSE
        ids := ARRAY(SELECT "questionId" FROM new_rows UNION SELECT "questionId" FROM old_rows);
    END IF;
    UPDATE "prediction" p SET "referenceProbability" = "fair_reference_of"(p."questionId", p."madeAt")
    WHERE p."questionId" = ANY(ids)
      AND p."referenceProbability" IS DISTINCT FROM "fair_reference_of"(p."questionId", p."madeAt");
    RETURN NULL;
END;
$$;

DROP TRIGGER "fair_reference_insert" ON "question_reference";
DROP TRIGGER "fair_reference_update" ON "question_reference";
DROP TRIGGER "fair_reference_delete" ON "question_reference";
DROP FUNCTION "fair_on_reference"();

CREATE TRIGGER "fair_reference_reference_insert" AFTER INSERT ON "question_reference"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_reference_on_reference"();
CREATE TRIGGER "fair_reference_reference_update" AFTER UPDATE ON "question_reference"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_reference_on_reference"();
CREATE TRIGGER "fair_reference_reference_delete" AFTER DELETE ON "question_reference"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fair_reference_on_reference"();

CREATE OR REPLACE FUNCTION "fair_on_prediction"() RETURNS TRIGGER
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
              AND (n."questionId", n."negated", n."analystId", n."madeAt", n."key", n."probability", n."outcome",
                   n."credit", n."referenceProbability")
                  IS DISTINCT FROM
                  (o."questionId", o."negated", o."analystId", o."madeAt", o."key", o."probability", o."outcome",
                   o."credit", o."referenceProbability")
            GROUP BY q));
    END IF;
    RETURN NULL;
END;
$$;

-- The median of the others, as one expression (no FROM) so that PostgreSQL inlines it into the
-- query instead of calling a function per vote. m = cardinality(errors) voters, n = m - 1 others.
CREATE OR REPLACE FUNCTION "fair_median_without"(errors DOUBLE PRECISION[], place INTEGER) RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN cardinality(errors) < 2 THEN NULL
        WHEN cardinality(errors) % 2 = 0
            THEN errors[cardinality(errors) / 2 + (cardinality(errors) / 2 >= place)::int]
        ELSE (errors[(cardinality(errors) - 1) / 2 + ((cardinality(errors) - 1) / 2 >= place)::int]
            + errors[(cardinality(errors) + 1) / 2 + ((cardinality(errors) + 1) / 2 >= place)::int]) / 2
    END
$$;

CREATE OR REPLACE FUNCTION "fair_refresh"(ids TEXT[]) RETURNS VOID
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
            p."id", p."analystId", p."questionId", p."negated", p."referenceProbability" AS "reference",
            (p."probability" - t.o) ^ 2 AS "se", t.o
        FROM "prediction" p
        CROSS JOIN LATERAL "score_terms"(p."probability", p."outcome", p."credit") t
        WHERE p."questionId" = ANY(ids) AND p."outcome" IN ('TRUE', 'FALSE', 'PARTIAL')
        ORDER BY p."analystId", p."questionId", p."madeAt" DESC, p."key" COLLATE "C" DESC
    ), "placed" AS (
        SELECT x.*,
            count(*) OVER "question" AS "voters",
            row_number() OVER ("question" ORDER BY x."se") AS "place",
            array_agg(x."se") OVER ("question" ORDER BY x."se" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                AS "errors"
        FROM "vote" x
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

-- The filtered fair figures read the scored linked predictions of a period from this index alone.
DROP INDEX "prediction_linked_scored_idx";
CREATE INDEX "prediction_linked_scored_idx" ON "prediction" ("madeAt")
    INCLUDE ("analystId", "questionId", "key", "probability", "outcome", "credit", "negated", "referenceProbability")
    WHERE "questionId" IS NOT NULL AND "outcome" IN ('TRUE', 'FALSE', 'PARTIAL');

-- Fill the references of the predictions already linked, then every vote and cell.
UPDATE "prediction" SET "referenceProbability" = "fair_reference_of"("questionId", "madeAt") WHERE "questionId" IS NOT NULL;
SELECT "fair_rebuild"();
