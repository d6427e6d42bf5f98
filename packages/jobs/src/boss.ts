import { PgBoss } from "pg-boss";

/** The PostgreSQL schema pg-boss keeps its tables in, beside the app's (created by pg-boss at start). */
export const PGBOSS_SCHEMA = "pgboss";

/**
 * A pg-boss instance on the app's database. `start()` creates (or migrates) its schema the first
 * time; jobs are rows there, so they outlive any process. `supervise: false` for senders that do
 * not run maintenance (a worker keeps the default).
 */
export function createBoss(
  databaseUrl: string,
  options: { max?: number; supervise?: boolean; schedule?: boolean } = {},
): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    schema: PGBOSS_SCHEMA,
    application_name: "hindsight-jobs",
    max: options.max ?? 4,
    ...(options.supervise === undefined ? {} : { supervise: options.supervise }),
    ...(options.schedule === undefined ? {} : { schedule: options.schedule }),
  });
}
