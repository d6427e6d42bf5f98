import pg from "pg";

/**
 * Whether PostgreSQL at `databaseUrl` takes a new connection within `timeoutMs`, on a connection
 * of its own (never the application's pool, so a pool kept busy by slow requests does not count as
 * the database being down). For telling "the database is gone" from "the database is busy" after a
 * request failed: it opens one connection, asks `SELECT 1` and closes it, all within `timeoutMs`
 * each.
 */
export async function databaseAnswers(databaseUrl: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A connection cut after connecting must not become an unhandled 'error' event.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
