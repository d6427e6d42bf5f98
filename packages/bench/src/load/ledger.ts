import type pg from "pg";

/**
 * The load test's ledger, built with set-based SQL as `pnpm bench scoreboard` builds its own: one
 * INSERT per table (per 100k predictions), so that the score-cell triggers run as they do for an
 * import. Values come from a hash of the row number, so every run builds the same ledger: analyst
 * i % analysts, about 70% judged (TRUE, FALSE, a few PARTIAL, AMBIGUOUS and ANNULLED) and 30%
 * open, made over 2020-2026 with deadlines 1-14 months later (so some open ones are due), one or
 * two of 120 tags, sources from 40 outlets, and QUESTIONS open questions (`load-question-<i>`, none
 * linked: a question page's reader load is the page cache's, whatever the page holds).
 */

export const LOAD_TAGS = 60;
const OUTLETS = 40;
const SOURCES = 2_000;
const CHUNK = 100_000;
export const QUESTIONS = 200;

export async function buildLedger(client: pg.Client, predictions: number, analysts: number): Promise<void> {
  await client.query(
    `INSERT INTO "analyst" ("id", "slug", "name", "updatedAt")
     SELECT 'a' || i, 'analyst-' || i, 'Analyst ' || lpad(i::text, 5, '0'), now() FROM generate_series(0, $1::int - 1) AS i`,
    [analysts],
  );
  await client.query(
    `INSERT INTO "source" ("id", "key", "title", "outlet", "url", "publishedAt", "updatedAt")
     SELECT 's' || i, 'source-' || i, 'Source ' || i, 'Outlet ' || (i % ${OUTLETS}),
       'https://news.example/' || i, date '2020-01-01' + (i % 2400), now()
     FROM generate_series(0, ${SOURCES - 1}) AS i`,
  );
  await client.query(
    `INSERT INTO "tag" ("id", "slug", "name") SELECT 't' || i, 'tag-' || i, 'Tag ' || i FROM generate_series(0, ${2 * LOAD_TAGS - 1}) AS i`,
  );
  await client.query(
    `INSERT INTO "question" ("id", "key", "title", "criteria", "resolveBy", "updatedAt")
     SELECT 'q' || i, 'load-question-' || i, 'Load test question ' || i || ': does the measure pass?',
       'Yes if the measure passes before the deadline.', date '2027-01-01' + (i % 700), now()
     FROM generate_series(0, ${QUESTIONS - 1}) AS i`,
  );
  for (let start = 0; start < predictions; start += CHUNK) {
    const end = Math.min(predictions, start + CHUNK);
    await client.query(
      `INSERT INTO "prediction" ("id", "key", "analystId", "sourceId", "claim", "quote", "madeAt", "resolveBy",
         "probability", "probabilitySource", "outcome", "credit", "resolvedAt", "createdAt", "updatedAt")
       SELECT 'p' || i, 'load-' || i, 'a' || (i % $3::int), 's' || (i % ${SOURCES}),
         'Load test claim ' || i || ': the measure passes before the deadline',
         'the measure will pass, says analyst ' || (i % $3::int),
         timestamp '2020-01-01' + (h % 2500) * interval '1 day',
         timestamp '2020-01-01' + (h % 2500 + 30 + h % 400) * interval '1 day',
         (h % 101) / 100.0, 'STATED',
         o, CASE WHEN o = 'PARTIAL' THEN (h % 5) / 4.0 END,
         CASE WHEN o IS NOT NULL THEN timestamp '2020-01-01' + (h % 2500 + 30 + h % 400) * interval '1 day' END,
         timestamp '2020-01-01' + (h % 2500) * interval '1 day' + (i % 86400) * interval '1 second', now()
       FROM (
         SELECT i, h,
           (CASE WHEN h % 100 < 30 THEN NULL
                 WHEN h % 100 < 32 THEN 'AMBIGUOUS'
                 WHEN h % 100 < 34 THEN 'ANNULLED'
                 WHEN h % 100 < 38 THEN 'PARTIAL'
                 WHEN (h / 100) % 100 < (h % 101) THEN 'TRUE'
                 ELSE 'FALSE' END)::"Outcome" AS o
         FROM (SELECT i, abs(hashint4(i)) AS h FROM generate_series($1::int + 1, $2::int) AS i) AS r
       ) AS x`,
      [start, end, analysts],
    );
    await client.query(
      `INSERT INTO "prediction_tag" ("predictionId", "tagId")
       SELECT 'p' || i, 't' || (i % ${LOAD_TAGS}) FROM generate_series($1::int + 1, $2::int) AS i
       UNION ALL
       SELECT 'p' || i, 't' || ((i / 7) % ${LOAD_TAGS} + ${LOAD_TAGS}) FROM generate_series($1::int + 1, $2::int) AS i WHERE i % 3 = 0`,
      [start, end],
    );
  }
  // As autovacuum does after a bulk insert: statistics, and the visibility map that lets the list's
  // index-only scans skip the table.
  await client.query("VACUUM ANALYZE");
}
