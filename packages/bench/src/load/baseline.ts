import { createServer } from "node:http";
import pg from "pg";

/**
 * The load test's baseline: a bare Node http server with a pg pool (as many connections as the
 * app's) answering GET /predictions?tag=&status=OPEN with the same two queries the app's
 * listPredictions runs (the filtered, ordered page of ids, then those predictions with analyst,
 * source and tags) as JSON. No framework, no validation, no auth: what the database and Node
 * alone cost. Run as its own process (so that it does not share an event loop with autocannon):
 * `tsx baseline.ts` with DATABASE_URL and PORT; prints "listening <port>" when ready.
 */

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const PAGE = 20;

const idsQuery = `
  SELECT p."id" FROM "prediction" p
  JOIN "analyst" a ON a."id" = p."analystId"
  LEFT JOIN "source" s ON s."id" = p."sourceId"
  WHERE EXISTS (SELECT 1 FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
      WHERE pt."predictionId" = p."id" AND t."slug" = $1)
    AND p."outcome" IS NULL AND (p."resolveBy" IS NULL OR p."resolveBy" >= ($2::timestamptz AT TIME ZONE 'UTC'))
  ORDER BY p."createdAt" DESC, p."id" DESC
  LIMIT ${PAGE + 1}`;

const summariesQuery = `
  SELECT p."id", p."key", p."claim", p."quote", p."madeAt", p."resolveBy", p."probability", p."probabilitySource",
    p."hedge", p."conditional", p."outcome", p."version", p."createdAt",
    json_build_object('id', a."id", 'slug', a."slug", 'name', a."name") AS analyst,
    CASE WHEN s."id" IS NULL THEN NULL ELSE json_build_object('id', s."id", 'title', s."title",
      'outlet', s."outlet", 'url', s."url", 'publishedAt', s."publishedAt") END AS source,
    coalesce((SELECT json_agg(t."slug" ORDER BY t."slug") FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
      WHERE pt."predictionId" = p."id"), '[]') AS tags
  FROM "prediction" p JOIN "analyst" a ON a."id" = p."analystId" LEFT JOIN "source" s ON s."id" = p."sourceId"
  WHERE p."id" = ANY($1)`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const tag = url.searchParams.get("tag") ?? "";
  void (async () => {
    try {
      const ids = (await pool.query<{ id: string }>(idsQuery, [tag, new Date().toISOString()])).rows.map(
        (row) => row.id,
      );
      const page = ids.slice(0, PAGE);
      const rows = (await pool.query<{ id: string }>(summariesQuery, [page])).rows;
      const byId = new Map(rows.map((row) => [row.id, row]));
      const body = JSON.stringify({
        items: page.flatMap((id) => byId.get(id) ?? []),
        nextCursor: ids.length > PAGE ? page.at(-1) : null,
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
