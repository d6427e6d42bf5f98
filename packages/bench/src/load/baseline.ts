import { createServer } from "node:http";
import pg from "pg";

/**
 * The load test's baseline: a bare Node http server with a pg pool (as many connections as the
 * app's) answering GET /predictions?tag=&status=OPEN with the statement the app's listPredictions
 * runs for that filter (the filtered, ordered page of ids through the indexes, then just those
 * predictions with analyst, source and tags) as JSON. No framework, no validation, no auth: what the
 * database and Node alone cost. Run as its own process (so that it does not share an event loop with
 * autocannon): `tsx baseline.ts` with DATABASE_URL and PORT; prints "listening <port>" when ready.
 */

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const PAGE = 20;

const listQuery = `
  WITH page AS (
    SELECT p."id", p."createdAt" FROM "prediction" p
    WHERE EXISTS (SELECT 1 FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
        WHERE pt."predictionId" = p."id" AND t."slug" = $1)
      AND p."outcome" IS NULL AND coalesce(p."resolveBy", 'infinity'::timestamp) >= ($2::timestamptz AT TIME ZONE 'UTC')
    ORDER BY p."createdAt" DESC, p."id" DESC
    LIMIT ${PAGE + 1}
  )
  SELECT p."id", p."key", p."claim", p."quote", p."madeAt", p."resolveBy", p."probability",
    p."probabilitySource"::text AS "probabilitySource", p."hedge", p."conditional", p."outcome"::text AS "outcome",
    p."version", p."createdAt",
    json_build_object('id', a."id", 'slug', a."slug", 'name', a."name") AS analyst,
    CASE WHEN s."id" IS NULL THEN NULL ELSE json_build_object('id', s."id", 'title', s."title",
      'outlet', s."outlet", 'url', s."url", 'publishedAt', s."publishedAt") END AS source,
    ARRAY(SELECT t."slug" FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
      WHERE pt."predictionId" = p."id" ORDER BY t."slug") AS tags
  FROM page
  JOIN "prediction" p ON p."id" = page."id"
  JOIN "analyst" a ON a."id" = p."analystId"
  LEFT JOIN "source" s ON s."id" = p."sourceId"
  ORDER BY page."createdAt" DESC, page."id" DESC`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const tag = url.searchParams.get("tag") ?? "";
  void (async () => {
    try {
      const rows = (await pool.query<{ id: string }>(listQuery, [tag, new Date().toISOString()])).rows;
      const body = JSON.stringify({
        items: rows.slice(0, PAGE),
        nextCursor: rows.length > PAGE ? (rows[PAGE - 1]?.id ?? null) : null,
      });
      response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(body);
    } catch (error) {
      response.writeHead(500).end(JSON.stringify({ error: String(error) }));
    }
  })();
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});

const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
