import { DATABASE_RETRY_AFTER_SECONDS, hasReplica, onPrimary, onReplica, type Database } from "@hindsight/db";

/**
 * GET /api/health: what a load balancer or an orchestrator asks before sending an instance traffic
 * (docs/scaling.md). The instance is healthy when it can reach its database: the primary, and the
 * replica too when DATABASE_REPLICA_URL is set (anonymous readers are served from it). Each is
 * asked `SELECT 1`; an answer slower than the check's limit counts as unreachable, so the check
 * itself never hangs a balancer's probe.
 */

export type DatabaseState = "ok" | "unreachable";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: DatabaseState;
  /** Only when the instance reads from a replica. */
  replica?: DatabaseState;
}

/** How long each database gets to answer `SELECT 1`. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

async function reachable(db: Database, timeoutMs: number): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<DatabaseState>((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), timeoutMs);
  });
  const asked = db.$queryRaw`SELECT 1`.then(
    (): DatabaseState => "ok",
    (): DatabaseState => "unreachable",
  );
  try {
    return await Promise.race([asked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

type HealthResult = { status: 200 | 503; report: HealthReport };

/**
 * Checks under way, per database client. Probes that arrive while one is under way share its
 * answer: a `SELECT 1` that timed out stays queued in the pool, so probes more frequent than the
 * time limit against a stuck or saturated database would otherwise pile up in it.
 */
const underWay = new WeakMap<Database, Promise<HealthResult>>();

export function checkHealth(db: Database, options: { timeoutMs?: number } = {}): Promise<HealthResult> {
  const running = underWay.get(db);
  if (running) return running;
  const check = runCheck(db, options.timeoutMs ?? HEALTH_CHECK_TIMEOUT_MS).finally(() => underWay.delete(db));
  underWay.set(db, check);
  return check;
}

async function runCheck(db: Database, timeoutMs: number): Promise<HealthResult> {
  const [database, replica] = await Promise.all([
    reachable(onPrimary(db), timeoutMs),
    hasReplica(db) ? reachable(onReplica(db), timeoutMs) : Promise.resolve(undefined),
  ]);
  const healthy = database === "ok" && (replica === undefined || replica === "ok");
  const report: HealthReport = { status: healthy ? "ok" : "unavailable", database, ...(replica ? { replica } : {}) };
  return { status: healthy ? 200 : 503, report };
}

/** The check as an HTTP answer: 200, or 503 with Retry-After; never cached by anything on the way. */
export async function healthResponse(db: Database, options: { timeoutMs?: number } = {}): Promise<Response> {
  const { status, report } = await checkHealth(db, options);
  const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
  if (status === 503) headers["retry-after"] = String(DATABASE_RETRY_AFTER_SECONDS);
  return new Response(JSON.stringify(report), { status, headers });
}
