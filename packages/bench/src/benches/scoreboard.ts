import pg from "pg";
import { createCaller, createContext } from "@hindsight/api";
import { fairFromSums, scoreboardFromSums } from "@hindsight/domain";
import { fairSums, scoreboardSums } from "@hindsight/db";
import { withBenchDatabase, medianTime, ms, progress, table, time } from "../harness";

export const describe =
  "scoreboard (plain, and with the fair figures of contract v1.1) from the per-analyst aggregates vs one SQL aggregate over the raw rows, at 10k, 100k and 1M predictions over 10k analysts and 100k questions";

const ANALYSTS = 10_000;
const OUTLETS = 40;
const SOURCES = 2_000;
const TAGS = 60;
const CHUNK = 100_000;
const QUESTIONS = 100_000;

/**
 * Adds predictions number `from` + 1 to `to` in chunks of 100k rows, each chunk one INSERT (and
 * one for its tags), so that the aggregate triggers run as they do for an import. Values come
 * from a hash of the row number, so every run builds the same ledger: analyst i % 10k, about 70%
 * judged (TRUE, FALSE, a few PARTIAL, AMBIGUOUS and ANNULLED), made over 2019-2026, one or two tags.
 * A third of the probabilities are read from hedge words (HEDGE, with an interval of ±0.15 clamped
 * to [0, 1]); every other prediction is linked to one of the 100k questions (a fifth of the links
 * negated), so at 1M about 500k predictions are linked, five to a question. Linked predictions are
 * inserted with the outcome their question's judgement would give them (the bench measures reads:
 * the outcomes need not agree with a question row).
 */
async function grow(client: pg.Client, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    await client.query(
      `INSERT INTO "prediction" ("id", "key", "analystId", "sourceId", "claim", "madeAt", "resolveBy",
         "probability", "probabilitySource", "probabilityLow", "probabilityHigh", "questionId", "negated",
         "outcome", "credit", "resolvedAt", "updatedAt")
       SELECT 'p' || i, 'bench-' || i, 'a' || (i % ${ANALYSTS}), 's' || (i % ${SOURCES}),
         'Benchmark claim ' || i,
         timestamp '2019-01-01' + (h % 2800) * interval '1 day',
         timestamp '2019-01-01' + (h % 2800 + 30 + h % 400) * interval '1 day',
         (h % 101) / 100.0,
         (CASE WHEN i % 3 = 0 THEN 'HEDGE' ELSE 'STATED' END)::"ProbabilitySource",
         CASE WHEN i % 3 = 0 THEN greatest(0, (h % 101) / 100.0 - 0.15) END,
         CASE WHEN i % 3 = 0 THEN least(1, (h % 101) / 100.0 + 0.15) END,
         CASE WHEN i % 2 = 0 THEN 'q' || (abs(hashint4(i + 7)) % ${QUESTIONS}) END,
         i % 2 = 0 AND i % 5 = 0,
         o, CASE WHEN o = 'PARTIAL' THEN (h % 5) / 4.0 END,
         CASE WHEN o IS NOT NULL THEN timestamp '2019-01-01' + (h % 2800 + 30 + h % 400) * interval '1 day' END,
         now()
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
      [start, end],
    );
    await client.query(
      `INSERT INTO "prediction_tag" ("predictionId", "tagId")
       SELECT 'p' || i, 't' || (i % ${TAGS}) FROM generate_series($1::int + 1, $2::int) AS i
       UNION ALL
       SELECT 'p' || i, 't' || ((i / 7) % ${TAGS} + ${TAGS}) FROM generate_series($1::int + 1, $2::int) AS i WHERE i % 3 = 0`,
      [start, end],
    );
    progress(`${end.toLocaleString("en")} predictions`);
  }
  await client.query("ANALYZE");
}

async function setUp(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "analyst" ("id", "slug", "name", "updatedAt")
     SELECT 'a' || i, 'analyst-' || i, 'Analyst ' || lpad(i::text, 5, '0'), now() FROM generate_series(0, ${ANALYSTS - 1}) AS i`,
  );
  await client.query(
    `INSERT INTO "source" ("id", "key", "title", "outlet", "publishedAt", "updatedAt")
     SELECT 's' || i, 'source-' || i, 'Source ' || i, 'Outlet ' || (i % ${OUTLETS}), date '2019-01-01', now()
     FROM generate_series(0, ${SOURCES - 1}) AS i`,
  );
  await client.query(
    `INSERT INTO "tag" ("id", "slug", "name") SELECT 't' || i, 'tag-' || i, 'Tag ' || i FROM generate_series(0, ${2 * TAGS - 1}) AS i`,
  );
  // 100k questions; nine in ten with one to three reference forecasts, 200 days apart from 2019 on.
  await client.query(
    `INSERT INTO "question" ("id", "key", "title", "updatedAt")
     SELECT 'q' || i, 'question-' || i, 'Question ' || i, now() FROM generate_series(0, ${QUESTIONS - 1}) AS i`,
  );
  await client.query(
    `INSERT INTO "question_reference" ("id", "questionId", "probability", "source", "asOf")
     SELECT 'r' || i || '-' || k, 'q' || i, (abs(hashint4(i * 3 + k)) % 101) / 100.0, 'Bench base rate',
       timestamp '2019-01-01' + (abs(hashint4(i)) % 600 + k * 200) * interval '1 day'
     FROM generate_series(0, ${QUESTIONS - 1}) AS i, generate_series(0, 2) AS k
     WHERE abs(hashint4(i)) % 10 <> 0 AND k <= abs(hashint4(i + 1)) % 3`,
  );
}

/**
 * The baseline of the fair figures: the same computation written the plain way, as a reporting
 * query would, from the raw rows and the references (no kept reference, no index of our own): the
 * votes, each vote's reference found among the question's references, and the median of the
 * others through an ordered-set aggregate over a self-join on the question. No filter.
 */
const RAW_FAIR = `
  WITH vote AS MATERIALIZED (
    SELECT DISTINCT ON (p."analystId", p."questionId") p."analystId", p."questionId", p."madeAt", p."negated",
      (p."probability" - o) ^ 2 AS se, o
    FROM (SELECT *, CASE "outcome" WHEN 'TRUE' THEN 1 WHEN 'FALSE' THEN 0 WHEN 'PARTIAL' THEN "credit" END AS o
          FROM "prediction") AS p
    WHERE p."questionId" IS NOT NULL AND p.o IS NOT NULL
    ORDER BY p."analystId", p."questionId", p."madeAt" DESC, "fair_key_order"(p."key") DESC
  ), referenced AS (
    SELECT DISTINCT ON (v."analystId", v."questionId") v.*, x.probability AS reference
    FROM vote v
    LEFT JOIN "question_reference" x ON x."questionId" = v."questionId" AND x."asOf"::date <= v."madeAt"::date
    ORDER BY v."analystId", v."questionId", x."asOf" DESC NULLS LAST
  ), relative AS (
    SELECT v."analystId", v."questionId", v.se - percentile_cont(0.5) WITHIN GROUP (ORDER BY w.se) AS d
    FROM vote v JOIN vote w ON w."questionId" = v."questionId" AND w."analystId" <> v."analystId"
    GROUP BY v."analystId", v."questionId", v.se
  )
  SELECT r."analystId",
    sum(r.se) FILTER (WHERE r.reference IS NOT NULL) AS "sumSquaredError",
    sum(((CASE WHEN r."negated" THEN 1 - r.reference ELSE r.reference END) - r.o) ^ 2) AS "sumReferenceError",
    avg(d.d) AS "relBrier", count(d.d) AS "sharedN"
  FROM referenced r LEFT JOIN relative d USING ("analystId", "questionId")
  GROUP BY r."analystId"`;

/** The baseline: one plain SQL aggregate over the raw rows, per analyst, as a reporting query would do it. */
const RAW_AGGREGATE = `
  SELECT p."analystId", count(*) AS predictions, count(p."outcome") AS resolved,
    avg((p."probability" - o) ^ 2) AS brier
  FROM (
    SELECT "analystId", "probability", "outcome",
      CASE "outcome" WHEN 'TRUE' THEN 1 WHEN 'FALSE' THEN 0 WHEN 'PARTIAL' THEN "credit" END AS o
    FROM "prediction"
  ) AS p
  GROUP BY p."analystId"`;

export async function run(args: string[]): Promise<void> {
  const existing = args.indexOf("--existing");
  if (existing >= 0) {
    const url = args[existing + 1];
    if (!url) throw new Error("--existing needs the URL of a database this bench built");
    await measureExisting(url);
    return;
  }
  const sizes = (args.length ? args.map(Number) : [10_000, 100_000, 1_000_000]).sort((a, b) => a - b);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("sizes must be whole numbers");
  await withBenchDatabase("scoreboard", async ({ url, db }) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await setUp(client);
      // An editor's caller: editors are never answered from the scoreboard cache (cache.ts), so every
      // call below computes the board, which is what this bench measures.
      const caller = createCaller(createContext({ db, actor: { userId: "bench", role: "EDITOR" } }));
      const rows: string[][] = [];
      const fairRows: string[][] = [];
      const results: { size: number; board: number }[] = [];
      let have = 0;
      for (const size of sizes) {
        const loadTime = await time(() => grow(client, have, size));
        progress(`loaded ${size.toLocaleString("en")} in ${(loadTime / 1000).toFixed(1)} s; measuring`);
        have = size;
        const plain = await medianTime(async () => scoreboardFromSums(await scoreboardSums(db, {}), { minScored: 5 }));
        const fair = await medianTime(async () => fairFromSums(await fairSums(db, {})));
        const board = await medianTime(() => caller.scoreboard.get({}));
        const page = await medianTime(() => caller.scoreboard.page({}));
        const tag = await medianTime(() => caller.scoreboard.get({ tag: "tag-8" }));
        const period = await medianTime(() => caller.scoreboard.get({ from: "2024-01", to: "2024-12" }));
        const combined = await medianTime(() =>
          caller.scoreboard.get({ tag: "tag-8", from: "2024-01", to: "2024-12" }),
        );
        const raw = await medianTime(() => client.query(RAW_AGGREGATE), 7, 1);
        const rawFair = await medianTime(() => client.query(RAW_FAIR), 3, 1);
        results.push({ size, board });
        fairRows.push([
          size.toLocaleString("en"),
          ms(plain),
          ms(fair),
          ms(board),
          `${(board / plain).toFixed(2)}x`,
          ms(rawFair),
          `${(rawFair / fair).toFixed(1)}x`,
          `${(Math.max(tag, period, combined) / board).toFixed(2)}x`,
        ]);
        rows.push([
          size.toLocaleString("en"),
          ms(board),
          ms(page),
          ms(tag),
          ms(period),
          ms(combined),
          ms(raw),
          `${(raw / board).toFixed(1)}x`,
        ]);
      }
      const [{ cells }] = (await client.query<{ cells: number }>(`SELECT count(*)::int AS cells FROM "score_cell"`))
        .rows as [{ cells: number }];
      console.log(
        `\nScoreboard over ${ANALYSTS.toLocaleString("en")} analysts (median of 15 runs after 3 warm-ups; raw SQL median of 7)\n`,
      );
      console.log(
        table(
          [
            "predictions",
            "scoreboard.get",
            "scoreboard.page",
            "tag filter",
            "year filter",
            "tag + year",
            "raw SQL aggregate",
            "raw / scoreboard",
          ],
          rows,
        ),
      );
      console.log(
        `\nFair figures (contract v1.1) over ${QUESTIONS.toLocaleString("en")} questions, half the predictions linked ` +
          `(median of 15; raw fair SQL median of 3)\n`,
      );
      console.log(
        table(
          [
            "predictions",
            "plain scoreboard",
            "fair sums alone",
            "scoreboard with fair",
            "with fair / plain",
            "raw fair SQL",
            "raw / fair sums",
            "slowest filter / unfiltered",
          ],
          fairRows,
        ),
      );
      const smallest = results[0]!;
      const largest = results[results.length - 1]!;
      console.log(
        `\n${largest.size.toLocaleString("en")} vs ${smallest.size.toLocaleString("en")}: scoreboard.get ` +
          `${(largest.board / smallest.board).toFixed(2)}x its own time; ${cells.toLocaleString("en")} aggregate cells.`,
      );
    } finally {
      await client.end();
    }
  });
}

/**
 * `pnpm bench scoreboard --existing <url>`: the fair-figure timings again on a database an earlier
 * run built and kept (loading 1M predictions takes a quarter of an hour on two cores).
 */
async function measureExisting(url: string): Promise<void> {
  const { createDatabase } = await import("@hindsight/db");
  const db = createDatabase(url, { maxConnections: 4 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ size }] = (await client.query<{ size: number }>(`SELECT count(*)::int AS size FROM "prediction"`))
      .rows as [{ size: number }];
    const caller = createCaller(createContext({ db, actor: { userId: "bench", role: "EDITOR" } }));
    const plain = await medianTime(async () => scoreboardFromSums(await scoreboardSums(db, {}), { minScored: 5 }));
    const fair = await medianTime(async () => fairFromSums(await fairSums(db, {})));
    const board = await medianTime(() => caller.scoreboard.get({}));
    const filters = {
      tag: { tag: "tag-8" },
      year: { from: "2024-01", to: "2024-12" },
      "tag + year": { tag: "tag-8", from: "2024-01", to: "2024-12" },
      outlet: { outlet: "Outlet 3" },
    };
    const filtered: string[][] = [];
    for (const [name, filter] of Object.entries(filters)) {
      const plainFiltered = await medianTime(async () =>
        scoreboardFromSums(await scoreboardSums(db, filter), { minScored: 5 }),
      );
      const withFair = await medianTime(() => caller.scoreboard.get(filter));
      filtered.push([name, ms(plainFiltered), ms(withFair), `${(withFair / board).toFixed(2)}x`]);
    }
    const rawFair = await medianTime(() => client.query(RAW_FAIR), 3, 1);
    console.log(
      `\nFair figures at ${size.toLocaleString("en")} predictions (median of 15 after 3 warm-ups; raw median of 3)\n`,
    );
    console.log(
      table(
        [
          "plain scoreboard",
          "fair sums alone",
          "scoreboard with fair",
          "with fair / plain",
          "raw fair SQL",
          "raw / fair sums",
        ],
        [
          [
            ms(plain),
            ms(fair),
            ms(board),
            `${(board / plain).toFixed(2)}x`,
            ms(rawFair),
            `${(rawFair / fair).toFixed(1)}x`,
          ],
        ],
      ),
    );
    console.log("");
    console.log(table(["filter", "plain", "with fair", "with fair / unfiltered with fair"], filtered));
  } finally {
    await client.end();
    await db.$disconnect();
  }
}
