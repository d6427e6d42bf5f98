import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { createDatabase, listUsers } from "@hindsight/db";
import { onProcessStop, openRuntimeDatabase, repoRoot, seedDemoIfEmpty } from "@hindsight/db/runtime";
import { childEnvironment, type CliEnv } from "../env";
import { authSecretFile, readOrCreateAuthSecret } from "./auth-secret";
import { productionBuildState } from "./build-freshness";
import { startJobWorker, workerSummary } from "./worker";
import type { Worker } from "@hindsight/jobs";

const webDir = path.join(repoRoot, "apps", "web");
const nextBin = path.join(webDir, "node_modules", ".bin", "next");

export const SERVE_HELP = {
  dev: `usage: hindsight dev

  Runs Hindsight with \`next dev\`: the database (DATABASE_URL, or the embedded PostgreSQL in
  .data/postgres), pending migrations, the demo data on first run, the job worker (unless
  HINDSIGHT_WORKER=off), then the web server on PORT (default 3000, or the next free one). Ctrl-C
  stops the web server, the worker and the database.

example:
  pnpm dev`,
  start: `usage: hindsight start

  Runs Hindsight as users should: like dev, but serving the production build, so pages answer in
  milliseconds rather than compiling on first visit. Builds it first (a few minutes, with Next's
  progress shown) when there is none or when a source, the schema or the lock file changed since.

example:
  pnpm start`,
} as const;

async function availablePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, () => server.close(() => resolve(port)));
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

/** Runs `next build` when the production build is missing or older than its sources. */
async function ensureProductionBuild(): Promise<number> {
  const state = productionBuildState(repoRoot);
  if (state.fresh) return 0;
  console.log(
    state.reason === "missing"
      ? "No production build yet: building it first (a few minutes; once only, until the sources change)."
      : `The production build is older than ${state.changed}: building it again (a few minutes).`,
  );
  const startedAt = Date.now();
  const build = spawn(nextBin, ["build"], {
    cwd: webDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnvironment({ NEXT_TELEMETRY_DISABLED: "1" }),
  });
  const stopBuild = () => build.kill("SIGTERM");
  process.once("SIGINT", stopBuild);
  const code = await new Promise<number>((resolve) => {
    build.once("error", () => resolve(1));
    build.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  process.off("SIGINT", stopBuild);
  if (code !== 0) {
    console.error(`The build failed (exit code ${code}): see the messages above. \`pnpm dev\` runs without one.`);
    return code;
  }
  console.log(`Built in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
  return 0;
}

/**
 * `pnpm dev` / `pnpm start`: the database (DATABASE_URL or the embedded one), migrations, the demo
 * data on first run, then the Next server. Ctrl-C stops the web server and the database.
 */
export async function serve(env: CliEnv, mode: "dev" | "start"): Promise<number> {
  if (mode === "start") {
    const built = await ensureProductionBuild();
    if (built !== 0) return built;
  }
  // Sessions stay valid across restarts: the secret that signs them is kept, not regenerated.
  let authSecret = env.authSecret;
  if (!authSecret) {
    authSecret = readOrCreateAuthSecret(authSecretFile);
    console.log(`Auth secret: ${authSecretFile} (set HINDSIGHT_AUTH_SECRET to use your own)`);
  }

  const database = await openRuntimeDatabase({
    databaseUrl: env.databaseUrl,
    embeddedPort: env.embeddedPort,
    embeddedDataDir: env.embeddedDataDir,
  });
  let web: ChildProcess | null = null;
  let worker: Worker | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (web?.pid && web.exitCode === null) {
      const exited = new Promise((resolve) => web?.once("exit", resolve));
      try {
        process.kill(-web.pid, "SIGTERM");
      } catch {
        // already gone
      }
      const timeout = setTimeout(() => {
        try {
          if (web?.pid) process.kill(-web.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timeout);
    }
    await worker?.stop().catch((error: Error) => console.error(`The worker did not stop cleanly: ${error.message}`));
    await database.stop();
    console.log("Hindsight stopped.");
    process.exit(code);
  };
  // A terminal's Ctrl-C reaches every process of the group, and tsx relays it once more: keep
  // listening, so that a repeated signal does not kill us halfway through stopping.
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const db = createDatabase(database.databaseUrl, { maxConnections: 2 });
    try {
      const seeded = await seedDemoIfEmpty(db);
      if (seeded)
        console.log(
          `Loaded the demo data: ${seeded.predictions.created} predictions by ${seeded.analysts.created} analysts from the corpus,` +
            ` and a fictional sample newsroom (${seeded.sample.counts.predictions.created} predictions by ${seeded.sample.counts.analysts.created} analysts, marked "(sample)";` +
            " `pnpm hindsight demo remove-sample` removes it).",
        );
      if ((await listUsers(db)).length === 0)
        console.log(
          "No users yet: anyone can read, and to log or judge predictions create the first admin with\n  pnpm hindsight user add --email you@example.org --role admin",
        );
    } finally {
      await db.$disconnect();
    }
    // The job worker runs here, beside the web server, unless separate workers run (docs/scaling.md).
    if (env.worker) {
      const started = await startJobWorker(env, database.databaseUrl);
      worker = started;
      onProcessStop(() => started.stop());
      console.log(
        `Worker running in this process (${workerSummary()}; HINDSIGHT_WORKER=off leaves jobs to \`pnpm hindsight worker\`).`,
      );
    } else {
      console.log("HINDSIGHT_WORKER=off: no worker here; jobs wait for `pnpm hindsight worker`.");
    }
  } catch (error) {
    await worker?.stop();
    await database.stop();
    throw error;
  }

  const port = await availablePort(env.webPort ?? 3000);
  const baseUrl = env.baseUrl ?? `http://localhost:${port}`;
  web = spawn(nextBin, [mode, "--port", String(port)], {
    cwd: webDir,
    // Its own process group, so that stopping it also stops the workers it starts.
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnvironment({
      DATABASE_URL: database.databaseUrl,
      HINDSIGHT_AUTH_SECRET: authSecret,
      HINDSIGHT_BASE_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      // The port the server listens on, for the page cache's own requests (apps/web server/page-cache.ts).
      PORT: String(port),
    }),
  });
  web.once("exit", (code) => {
    if (!stopping) {
      console.error(`The web server exited (code ${code ?? "unknown"}).`);
      void stop(code ?? 1);
    }
  });
  console.log(`\nHindsight is running at ${baseUrl}  (Ctrl-C to stop)\n`);
  return await new Promise<number>(() => undefined);
}
