import pg from "pg";
import { databaseAnswers } from "../probe";
import { databaseName, quoteIdentifier, withDatabase } from "./urls";

/** Runs one statement on the server's `postgres` database with a short-lived client. */
async function onServer<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  return await onServer(databaseUrl, async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  });
}

export async function createDatabaseIfMissing(databaseUrl: string, template?: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  return await onServer(databaseUrl, async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (result.rowCount === 1) return false;
    const from = template ? ` TEMPLATE ${quoteIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}${from}`);
    return true;
  });
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  await onServer(databaseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}

/** True when a PostgreSQL server answers at this URL within the timeout. */
export async function serverReachable(databaseUrl: string, timeoutMs = 3000): Promise<boolean> {
  return await databaseAnswers(withDatabase(databaseUrl, "postgres"), timeoutMs);
}
