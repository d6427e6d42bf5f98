-- CreateTable
CREATE TABLE "score_cell" (
    "analystId" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "predictions" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "scored" INTEGER NOT NULL DEFAULT 0,
    "ambiguous" INTEGER NOT NULL DEFAULT 0,
    "annulled" INTEGER NOT NULL DEFAULT 0,
    "sumP" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumO" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumSquaredError" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumSquaredErrorSquared" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumLogLoss" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumHit" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "binN" INTEGER[],
    "binP" DOUBLE PRECISION[],
    "binO" DOUBLE PRECISION[],

    CONSTRAINT "score_cell_pkey" PRIMARY KEY ("grain","key","analystId")
);

-- CreateIndex
CREATE INDEX "score_cell_analystId_idx" ON "score_cell"("analystId");

-- AddForeignKey
ALTER TABLE "score_cell" ADD CONSTRAINT "score_cell_analystId_fkey" FOREIGN KEY ("analystId") REFERENCES "analyst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Score aggregates, kept in step with the predictions by statement-level triggers.
--
-- score_terms gives one prediction's contribution to the sums of
-- packages/domain/src/scoring/sums.ts (DESIGN.md "Scoring"): o = 1 TRUE, 0 FALSE, credit PARTIAL;
-- AMBIGUOUS, ANNULLED and open predictions add to the counts only. The consistency check
-- (`pnpm hindsight scores check`, packages/db/src/repositories/score-cells.test.ts) recomputes
-- the same sums in TypeScript from the raw rows and compares.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION "score_terms"(probability DOUBLE PRECISION, outcome "Outcome", credit DOUBLE PRECISION)
RETURNS TABLE (
    resolved INTEGER, scored INTEGER, ambiguous INTEGER, annulled INTEGER,
    p DOUBLE PRECISION, o DOUBLE PRECISION, se DOUBLE PRECISION, se2 DOUBLE PRECISION,
    ll DOUBLE PRECISION, hit DOUBLE PRECISION, bin INTEGER
)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT
        (outcome IS NOT NULL)::int,
        (v.o IS NOT NULL)::int,
        (outcome IS NOT DISTINCT FROM 'AMBIGUOUS')::int,
        (outcome IS NOT DISTINCT FROM 'ANNULLED')::int,
        CASE WHEN v.o IS NULL THEN 0 ELSE probability END,
        coalesce(v.o, 0),
        coalesce((probability - v.o) ^ 2, 0),
        coalesce((probability - v.o) ^ 4, 0),
        coalesce(-(v.o * ln(v.q) + (1 - v.o) * ln(1 - v.q)), 0),
        CASE
            WHEN v.o IS NULL THEN 0
            WHEN probability = 0.5 OR v.o = 0.5 THEN 0.5
            WHEN (probability > 0.5) = (v.o > 0.5) THEN 1
            ELSE 0
        END,
        -- round(p * 100) as JavaScript's Math.round does it (halves up), ten bins of ten.
        CASE WHEN v.o IS NULL THEN -1 ELSE least(9, floor(floor(probability * 100 + 0.5) / 10))::int END
    FROM (
        SELECT
            CASE outcome WHEN 'TRUE' THEN 1.0::float8 WHEN 'FALSE' THEN 0.0::float8 WHEN 'PARTIAL' THEN credit END AS o,
            least(0.99::float8, greatest(0.01::float8, probability)) AS q
    ) AS v
$$;

CREATE FUNCTION "score_add"(a INTEGER[], b INTEGER[]) RETURNS INTEGER[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i)
$$;

CREATE FUNCTION "score_add"(a DOUBLE PRECISION[], b DOUBLE PRECISION[]) RETURNS DOUBLE PRECISION[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i)
$$;

-- The rows of `relation` (prediction columns) keyed by every grain, with a sign: +1 adds a
-- prediction's contribution, -1 takes it away.
CREATE FUNCTION "score_keyed_sql"(relation TEXT, sign INTEGER) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT format($q$
        SELECT r."analystId", g.grain, g.key, %2$s AS sign, r.probability, r.outcome, r.credit
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
        SELECT r."analystId", 'tag', pt."tagId", %2$s, r.probability, r.outcome, r.credit
        FROM %1$s AS r
        JOIN "prediction_tag" AS pt ON pt."predictionId" = r."id"
    $q$, relation, sign)
$$;

-- The statement that adds the signed contributions of `keyed` (analystId, grain, key, sign,
-- probability, outcome, credit) to score_cell: one upsert per cell, in key order so that
-- concurrent writers lock cells in the same order. Trigger functions EXECUTE it themselves:
-- transition tables are visible only inside the trigger function.
CREATE FUNCTION "score_cells_upsert_sql"(keyed TEXT) RETURNS TEXT
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
            "binN", "binP", "binO")
        SELECT
            k."analystId", k.grain, k.key,
            sum(k.sign), sum(k.sign * t.resolved), sum(k.sign * t.scored),
            sum(k.sign * t.ambiguous), sum(k.sign * t.annulled),
            sum(k.sign * t.p), sum(k.sign * t.o), sum(k.sign * t.se), sum(k.sign * t.se2),
            sum(k.sign * t.ll), sum(k.sign * t.hit),
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
            "binN" = "score_add"(c."binN", excluded."binN"),
            "binP" = "score_add"(c."binP", excluded."binP"),
            "binO" = "score_add"(c."binO", excluded."binO")
    $q$, bins, keyed);
END;
$$;

-- Recomputes every cell from the raw rows (used to fill the table for existing data, and to
-- repair after `scores check` finds a difference).
CREATE FUNCTION "score_cells_rebuild"() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE "prediction", "prediction_tag", "source" IN SHARE MODE;
    DELETE FROM "score_cell";
    EXECUTE "score_cells_upsert_sql"("score_keyed_sql"('"prediction"', 1));
END;
$$;

CREATE FUNCTION "score_cells_on_prediction"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE "score_cells_upsert_sql"("score_keyed_sql"('new_rows', 1));
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE "score_cells_upsert_sql"("score_keyed_sql"('old_rows', -1));
    ELSE
        -- Only rows whose scored fields, analyst, source or date changed move any sum.
        EXECUTE "score_cells_upsert_sql"(
            "score_keyed_sql"($r$(
                SELECT n.* FROM new_rows AS n JOIN old_rows AS o USING ("id")
                WHERE (n."analystId", n."sourceId", n."madeAt", n.probability, n.outcome, n.credit)
                    IS DISTINCT FROM (o."analystId", o."sourceId", o."madeAt", o.probability, o.outcome, o.credit)
            )$r$, 1)
            || ' UNION ALL ' ||
            "score_keyed_sql"($r$(
                SELECT o.* FROM old_rows AS o JOIN new_rows AS n USING ("id")
                WHERE (n."analystId", n."sourceId", n."madeAt", n.probability, n.outcome, n.credit)
                    IS DISTINCT FROM (o."analystId", o."sourceId", o."madeAt", o.probability, o.outcome, o.credit)
            )$r$, -1));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "score_cells_prediction_insert" AFTER INSERT ON "prediction"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_prediction"();
CREATE TRIGGER "score_cells_prediction_update" AFTER UPDATE ON "prediction"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_prediction"();
CREATE TRIGGER "score_cells_prediction_delete" AFTER DELETE ON "prediction"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_prediction"();

-- A deleted prediction's tags go first, while the prediction is still there to subtract from
-- its tag cells (the foreign key's cascade would delete them after the row is gone).
CREATE FUNCTION "score_cells_untag_deleted"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "prediction_tag" WHERE "predictionId" = OLD."id";
    RETURN OLD;
END;
$$;
CREATE TRIGGER "score_cells_prediction_untag" BEFORE DELETE ON "prediction"
    FOR EACH ROW EXECUTE FUNCTION "score_cells_untag_deleted"();

-- A tag added to or taken from a prediction moves its contribution in that tag's cell.
CREATE FUNCTION "score_cells_on_prediction_tag"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    added TEXT := $q$
        SELECT p."analystId", 'tag' AS grain, n."tagId" AS key, 1 AS sign, p.probability, p.outcome, p.credit
        FROM new_rows AS n JOIN "prediction" AS p ON p."id" = n."predictionId"
    $q$;
    removed TEXT := $q$
        SELECT p."analystId", 'tag' AS grain, o."tagId" AS key, -1 AS sign, p.probability, p.outcome, p.credit
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

CREATE TRIGGER "score_cells_prediction_tag_insert" AFTER INSERT ON "prediction_tag"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_prediction_tag"();
CREATE TRIGGER "score_cells_prediction_tag_update" AFTER UPDATE ON "prediction_tag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_prediction_tag"();
CREATE TRIGGER "score_cells_prediction_tag_delete" AFTER DELETE ON "prediction_tag"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_prediction_tag"();

-- A source whose outlet changes moves its predictions between outlet cells.
CREATE FUNCTION "score_cells_on_source"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE "score_cells_upsert_sql"($q$
        SELECT p."analystId", 'outlet' AS grain, lower(n."outlet") AS key, 1 AS sign, p.probability, p.outcome, p.credit
        FROM new_rows AS n JOIN old_rows AS o USING ("id") JOIN "prediction" AS p ON p."sourceId" = n."id"
        WHERE lower(n."outlet") IS DISTINCT FROM lower(o."outlet") AND n."outlet" IS NOT NULL
        UNION ALL
        SELECT p."analystId", 'outlet', lower(o."outlet"), -1, p.probability, p.outcome, p.credit
        FROM new_rows AS n JOIN old_rows AS o USING ("id") JOIN "prediction" AS p ON p."sourceId" = o."id"
        WHERE lower(n."outlet") IS DISTINCT FROM lower(o."outlet") AND o."outlet" IS NOT NULL
    $q$);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "score_cells_source_update" AFTER UPDATE ON "source"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "score_cells_on_source"();

-- Fill the cells for the predictions already recorded.
SELECT "score_cells_rebuild"();
