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

/**
 * A probe that keeps one connection of its own (never the pool's) and asks `SELECT 1` on it each
 * time it is called, connecting again when the connection was lost: cheap enough to ask every
 * second. `onLost` is told at once when that connection is cut (the server shut down, restarted or
 * was cut off), before anyone asks: the caller can then stop trusting its last answer.
 */
export function persistentProbe(
  databaseUrl: string,
  timeoutMs: number,
  onLost: () => void = () => undefined,
): () => Promise<boolean> {
  let current: { client: pg.Client; ready: Promise<void> } | null = null;
  const drop = (lost: pg.Client) => {
    if (current?.client !== lost) return;
    current = null;
    onLost();
    lost.end().catch(() => undefined);
  };
  const open = () => {
    const client = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
    });
    // A connection cut while idle must not become an unhandled 'error' event.
    client.on("error", () => drop(client));
    client.on("end", () => drop(client));
    return { client, ready: client.connect().then(() => undefined) };
  };
  return async () => {
    const connection = (current ??= open());
    try {
      await connection.ready;
      await connection.client.query("SELECT 1");
      return true;
    } catch {
      drop(connection.client);
      return false;
    }
  };
}

/** The channel the `signal_change` triggers notify on each committed change to what pages show. */
export const CHANGES_CHANNEL = "hindsight_changes";

export interface ChangeListener {
  /** Whether the listening connection is up: only then does a missed change announce itself. */
  readonly listening: boolean;
  /** Connects (again) when not connected or connecting; resolves once listening or failed. */
  ensure(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * A connection of its own that LISTENs on CHANGES_CHANNEL: `onChange` is called for every
 * notification, and once more whenever listening starts or stops (changes made while nobody
 * listened are unknown, so whatever was kept from before must go). Never the pool's connection.
 */
export function listenForChanges(databaseUrl: string, onChange: () => void, timeoutMs = 2_000): ChangeListener {
  let client: pg.Client | null = null;
  let connecting: Promise<boolean> | null = null;
  let listening = false;
  const lost = (which: pg.Client) => {
    if (client !== which) return;
    client = null;
    if (listening) onChange();
    listening = false;
    which.end().catch(() => undefined);
  };
  return {
    get listening() {
      return listening;
    },
    ensure() {
      if (listening) return Promise.resolve(true);
      connecting ??= (async () => {
        const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
        client = next;
        next.on("error", () => lost(next));
        next.on("end", () => lost(next));
        next.on("notification", (message) => {
          if (message.channel === CHANGES_CHANNEL) onChange();
        });
        try {
          await next.connect();
          await next.query(`LISTEN ${CHANGES_CHANNEL}`);
          if (client !== next) return false;
          listening = true;
          onChange();
          return true;
        } catch {
          lost(next);
          return false;
        }
      })().finally(() => {
        connecting = null;
      });
      return connecting;
    },
    async close() {
      const current = client;
      client = null;
      listening = false;
      await current?.end().catch(() => undefined);
    },
  };
}

// For the web app's proxy, which imports this module alone (not the Prisma client behind the index).
export { DATABASE_RETRY_AFTER_SECONDS } from "./errors";
