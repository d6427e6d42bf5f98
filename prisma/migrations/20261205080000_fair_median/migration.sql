-- The fair comparison's relBrier (docs/design.md, "Fair comparison"): the median of the other
-- analysts' squared errors on a question. `errors` are all the question's squared errors in
-- ascending order (1-based) and `place` the analyst's own place among them; the median is taken
-- over the others (an even count: the mean of the middle two), without copying the array.
-- Other j-th value = errors[j] before the own place, errors[j + 1] from it on.
CREATE FUNCTION "fair_median_without"(errors DOUBLE PRECISION[], place INTEGER) RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN c.n < 1 THEN NULL
        WHEN c.n % 2 = 1 THEN errors[k.low + (k.low >= place)::int]
        ELSE (errors[k.low + (k.low >= place)::int] + errors[k.high + (k.high >= place)::int]) / 2
    END
    FROM (SELECT cardinality(errors) - 1 AS n) AS c
    CROSS JOIN LATERAL (SELECT (c.n + 1) / 2 AS low, c.n / 2 + 1 AS high) AS k
$$;

-- The scoreboard's fair figures read only scored predictions linked to a question.
CREATE INDEX "prediction_linked_scored_idx" ON "prediction" ("questionId", "analystId")
    INCLUDE ("madeAt", "probability", "outcome", "credit", "negated")
    WHERE "questionId" IS NOT NULL AND "outcome" IN ('TRUE', 'FALSE', 'PARTIAL');
