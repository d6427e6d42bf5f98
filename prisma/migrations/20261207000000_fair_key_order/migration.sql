-- One vote per analyst and question: on equal madeAt the greatest key wins, in code-unit (UTF-16)
-- order as contract v1.1 says and the domain compares. COLLATE "C" orders UTF-8 bytes instead, which
-- differs between characters U+E000-U+FFFF (UTF-8 lead bytes EE, EF) and characters beyond U+FFFF
-- (lead bytes F0-F4; surrogates D800-DFFF in UTF-16, so below U+E000). "fair_key_order" gives the
-- key's UTF-8 bytes with the lead bytes EE and EF moved to F5 and F6, which no UTF-8 text holds:
-- byte order of the result is code-unit order of the key. (LATIN1 maps each byte to one character,
-- so translate() rewrites single bytes; EE and EF are never continuation bytes, 80-BF.)
CREATE FUNCTION "fair_key_order"(key TEXT) RETURNS BYTEA
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    SELECT convert_to(translate(convert_from(convert_to(key, 'UTF8'), 'LATIN1'), E'\u00EE\u00EF', E'\u00F5\u00F6'), 'LATIN1')
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
        ORDER BY p."analystId", p."questionId", p."madeAt" DESC, "fair_key_order"(p."key") DESC
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

-- Votes already kept may have been chosen in byte order: choose them again.
SELECT "fair_rebuild"();
